/** Words for visit statuses, and the limits the forms and the server share (kept small for client bundles). */
export const APPOINTMENT_STATUS_LABELS = {
  BOOKED: "Booked",
  ATTENDED: "Attended",
  NO_SHOW: "No-show",
  CANCELLED: "Cancelled",
} as const;

export type AppointmentStatus = keyof typeof APPOINTMENT_STATUS_LABELS;

/** The longest reason for a move or a cancellation. */
export const REASON_MAX = 500;
