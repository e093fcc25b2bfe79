/**
 * Visits as they stand after the appointments flow (lib/appointments) has booked and marked them, made
 * directly in the database: for the demo seed (seed-visit-notes.ts) and the tests of visit notes, which
 * need an attended visit without going through the calendar.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type VisitSpec = {
  clinicId: string;
  patientId: string;
  clinicianId: string;
  episodeId?: string | null;
  startsAt: Date;
  minutes?: number;
  type?: "ASSESSMENT" | "TREATMENT" | "REVIEW" | "TELEHEALTH";
  status?: "BOOKED" | "ATTENDED" | "NO_SHOW" | "CANCELLED";
};

/** One visit, booked by its clinician; attended unless told otherwise. */
export async function createVisit(db: PrismaClient, spec: VisitSpec): Promise<{ appointmentId: string }> {
  const { minutes = 45, type = "TREATMENT", status = "ATTENDED", episodeId = null, ...rest } = spec;
  const created = await db.appointment.create({
    data: {
      ...rest,
      episodeId,
      type,
      status,
      endsAt: new Date(spec.startsAt.getTime() + minutes * 60_000),
      bookedById: spec.clinicianId,
      requestId: randomUUID(),
      ...(status === "CANCELLED" && { cancelReason: "Patient unwell" }),
    },
    select: { id: true },
  });
  return { appointmentId: created.id };
}
