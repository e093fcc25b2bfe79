import "server-only";
import type { MailKind } from "@/lib/generated/prisma/client";
import type { MailContent } from "./messages";
import { unsealLink } from "./tokens";

/** An outbox row (mail_message) as the sender reads it. */
export type OutboxRow = { id: string; kind: MailKind; to_address: string; payload: Record<string, string>; sealed_link: string | null; status: string; clinic_id: string };

/**
 * What a stored message says: its payload (clinic name, a time, links) and its one-time link, unsealed
 * only now, at sending, as the content renderMail turns into the e-mail.
 */
export function contentOf(row: OutboxRow): MailContent {
  const link = row.sealed_link ? unsealLink(row.sealed_link) : "";
  const p = row.payload;
  switch (row.kind) {
    case "INVITE":
    case "PASSWORD_RESET":
      return { kind: row.kind, clinicName: p.clinicName!, link };
    case "LEFS_REQUEST":
      return { kind: row.kind, clinicName: p.clinicName!, portalUrl: p.portalUrl! };
    case "APPOINTMENT_CONFIRMATION":
      return { kind: row.kind, clinicName: p.clinicName!, startsAt: p.startsAt!, timeZone: p.timeZone!, portalUrl: p.portalUrl! };
    case "APPOINTMENT_REMINDER":
      return { kind: row.kind, clinicName: p.clinicName!, startsAt: p.startsAt!, timeZone: p.timeZone!, portalUrl: p.portalUrl!, unsubscribeUrl: p.unsubscribeUrl, oneClickUrl: p.oneClickUrl };
    case "EXERCISE_REMINDER":
      return { kind: row.kind, clinicName: p.clinicName!, portalUrl: p.portalUrl!, unsubscribeUrl: p.unsubscribeUrl!, oneClickUrl: p.oneClickUrl! };
  }
}
