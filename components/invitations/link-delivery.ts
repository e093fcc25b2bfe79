import type { LinkDelivery } from "@/lib/invitations/types";

/** What the clinician is told under a one-time link: whether it is also e-mailed to the patient. */
export const LINK_DELIVERY: Record<LinkDelivery, (email: string) => string> = {
  queued: (email) => `Also e-mailed to ${email} (it goes out within a minute, or as soon as the mail server answers).`,
  off: () => "E-mail is off: copy the link and give it to the patient yourself.",
};
