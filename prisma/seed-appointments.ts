/**
 * Demo visits: each demo clinician's diary for the next two weeks (weekdays, a few slots a day), booked
 * with the clinic's active demo patients in turn, the first patient (the portal's demo login) among the
 * first. Only from TODAY onward, and only slots starting at least two hours from now: past visits and
 * their notes are seeded elsewhere, so nothing here can overlap them (the double-booking constraint).
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient, VisitType } from "../lib/generated/prisma/client";
import { instantOfWallClock } from "../lib/appointments/clinic-clock";
import { addDays, weekdayIndex } from "../lib/core/calendar";
import { calendarDayIn } from "../lib/core/time-zones";
import type { SeedPatient } from "./seed-assessments";

const SLOTS = [
  { time: "09:00", type: "ASSESSMENT", minutes: 60 },
  { time: "10:30", type: "TREATMENT", minutes: 45 },
  { time: "13:00", type: "REVIEW", minutes: 30 },
  { time: "15:00", type: "TELEHEALTH", minutes: 30 },
] as const satisfies readonly { time: string; type: VisitType; minutes: number }[];
const DAYS = 14;
const LEAD_MS = 2 * 3_600_000;

export async function insertDemoAppointments(db: PrismaClient, patients: SeedPatient[], cliniciansByClinic: Map<string, string[]>, now = new Date()): Promise<number> {
  let booked = 0;
  for (const [clinicId, clinicianIds] of cliniciansByClinic) {
    const clinic = await db.clinic.findUniqueOrThrow({ where: { id: clinicId }, select: { timeZone: true } });
    const active = await db.patient.findMany({ where: { clinicId, status: "ACTIVE", id: { in: patients.map((patient) => patient.id) } }, select: { id: true }, orderBy: { recordNumber: "asc" } });
    if (!active.length) continue;
    const today = calendarDayIn(clinic.timeZone, now);
    let next = 0;
    const rows = [];
    for (let offset = 0; offset < DAYS; offset++) {
      const day = addDays(today, offset);
      if (weekdayIndex(day) > 4) continue;
      for (const [index, clinicianId] of clinicianIds.entries()) {
        // Clinicians take alternate slots, so one demo patient is never booked twice at one time.
        for (const slot of SLOTS.filter((_, slotIndex) => (slotIndex + index + offset) % 2 === 0)) {
          const startsAt = instantOfWallClock(clinic.timeZone, `${day}T${slot.time}`);
          if (!startsAt || startsAt.getTime() < now.getTime() + LEAD_MS) continue;
          const patientId = active[next++ % active.length]!.id;
          rows.push({
            clinicId,
            patientId,
            clinicianId,
            type: slot.type,
            startsAt,
            endsAt: new Date(startsAt.getTime() + slot.minutes * 60_000),
            bookedById: clinicianId,
            requestId: randomUUID(),
          });
        }
      }
    }
    booked += (await db.appointment.createMany({ data: rows })).count;
  }
  return booked;
}
