/** The public page where a staff member or patient sets a password; see app/(auth)/set-password/[token]. */
export function passwordLink(origin: string, token: string): string {
  return new URL(`/set-password/${token}`, origin).toString();
}
