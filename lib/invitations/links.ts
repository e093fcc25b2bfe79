/** The public page a patient opens to set their password; see app/(auth)/invite/[token]. */
export function invitationLink(origin: string, token: string): string {
  return new URL(`/invite/${token}`, origin).toString();
}
