/** An existing account with the invited e-mail, as far as the invitation rules need to know it. */
export type ExistingAccount = {
  role: "ADMIN" | "CLINICIAN" | "PATIENT";
  clinicId: string;
  /** The patient the account is the portal account of now, if any. */
  linkedPatientId: string | null;
};

/**
 * What accepting an invitation does with the e-mail: make a new portal account, give a patient back
 * the account that was unlinked when their access was revoked (it keeps its id, so earlier audit
 * events still point at it), or refuse an e-mail that belongs to someone else — a staff member, a
 * patient of another clinic, or another patient's portal account.
 */
export function accountForInvitation(
  existing: ExistingAccount | null,
  clinicId: string,
  patientId: string,
): "create" | "relink" | "taken" {
  if (!existing) return "create";
  const unlinkedOrSame = existing.linkedPatientId === null || existing.linkedPatientId === patientId;
  return existing.role === "PATIENT" && existing.clinicId === clinicId && unlinkedOrSame ? "relink" : "taken";
}
