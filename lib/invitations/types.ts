import type { PortalAccess } from "./state";

export type { PortalAccess };

/** What the public invitation page may show: only for a usable link, and nothing else about the patient. */
export type InvitationPageDTO = { usable: true; firstName: string; clinicName: string; email: string } | { usable: false };

/** Whether a link also goes out by e-mail: queued for the mail worker, or "off" (no SMTP_URL). */
export type LinkDelivery = "queued" | "off";

/** A new invitation: the full link is shown to the clinician once and never stored. */
export type CreatedInvitationDTO = { link: string; email: string; expiresAt: string; emailed: LinkDelivery };

/** A new password-reset link, shown once; `emailed` says whether it is also e-mailed. */
export type CreatedResetLinkDTO = { link: string; email: string; expiresAt: string; emailed: LinkDelivery };
