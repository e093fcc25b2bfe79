/** The roles staff can hold; patients never appear among the staff. */
export type StaffRole = "ADMIN" | "CLINICIAN";
export type StaffStatus = "INVITED" | "ACTIVE" | "DEACTIVATED";

/** One row of the staff table. No password data of any kind crosses to the client. */
export type StaffMemberDTO = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  status: StaffStatus;
  /** ISO timestamp, or null for someone who has never signed in. */
  lastSignInAt: string | null;
};

/** A new invitation or reset link: shown once to the admin who issued it, never stored. */
/** `emailed`: also queued for e-mail to the member ("queued"), or "off" when no SMTP server is set. */
export type StaffLinkDTO = { name: string; email: string; purpose: "INVITE" | "RESET"; link: string; expiresAt: string; emailed: "queued" | "off" };

/** What a role or status change reports back, for the notice above the table. */
export type StaffChangeDTO = { name: string; role: StaffRole; status: StaffStatus; changed: boolean };
