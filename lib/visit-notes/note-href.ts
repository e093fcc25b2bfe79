/** Where a visit's note is read and written: the visit list of the appointments flow links here for attended visits. */
export const noteHref = (patientId: string, appointmentId: string) => `/patients/${patientId}/visits/${appointmentId}/note`;
