/**
 * Visit notes for the demo: past visits (60 to 1 days ago; the appointments seed books today onward) of
 * the first patients in active care of each clinic, the portal patients Jordan Lee and Sam Taylor among
 * them. Each was attended and has a signed SOAP note linking the program version then in force and the
 * assessment of that day if there is one; a few were missed (no-show). Jordan Lee's first note has an
 * addendum by a colleague, and one of Ana Lopez's notes is still a draft started three days ago, so her
 * caseload lists it as unsigned. Dates count back from the day the seed runs. Invented text.
 */
import { randomUUID } from "node:crypto";
import { addDays } from "../lib/core/calendar";
import { todayIsoDate } from "../lib/core/dates";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { createVisit } from "./visit-factories";

const PATIENTS_PER_CLINIC = 5;
/** Days ago of each patient's visits; the one in NO_SHOW_DAY was missed by every other patient. */
const VISIT_DAYS = [42, 28, 21, 14, 7, 3];
const NO_SHOW_DAY = 21;
const DRAFT_DAY = 3;
const DRAFT_AUTHOR = "ana.lopez@northside.example";

const NOTES = [
  {
    subjective: "Posterior thigh tightness after training, easing with the home program. Pain 3/10 at worst, none at rest. Sleeping well, no cramps at night.",
    objective: "Walks without a limp. Active knee extension improving; resisted knee flexion pain-free. Bridges 3 × 12 with good pelvic control.",
    assessment: "Progressing as expected for the phase. Glute endurance still the limiting factor on the injured side.",
    plan: "Continue the current program; add single-leg bridges when 3 × 15 is easy. Review in one week.",
  },
  {
    subjective: "Managed all sessions this week. Mild ache the morning after the longest run, gone by midday.",
    objective: "Hip-flexor length improved on the modified Thomas test. Straight leg raise symmetrical. No pain on palpation.",
    assessment: "Load tolerated; next-morning pain within the acceptable range. Ready to progress loading gradually.",
    plan: "Raise bridge load by no more than 10% this week. Keep daily hip-flexor stretching. Return-to-run plan discussed.",
  },
];

/** One clinic's notes; returns how many visits and notes it made. */
async function seedClinic(db: PrismaClient, clinicId: string, today: string, draftAuthorId: string | null) {
  const episodes = await db.episode.findMany({
    where: { clinicId, status: "ACTIVE", patient: { status: "ACTIVE", recordNumber: { lt: "X" } } },
    orderBy: { patient: { recordNumber: "asc" } },
    take: PATIENTS_PER_CLINIC,
    select: { id: true, patientId: true, clinicianId: true, programs: { orderBy: { version: "asc" }, select: { id: true, createdAt: true } } },
  });
  const colleagues = await db.user.findMany({ where: { clinicId, role: "CLINICIAN" }, orderBy: { email: "asc" }, select: { id: true } });
  let visits = 0;
  let notes = 0;
  let draftMade = false;
  for (const [index, episode] of episodes.entries()) {
    for (const [dayIndex, daysAgo] of VISIT_DAYS.entries()) {
      // One hour a patient, so a clinician seeing several of them is never double-booked.
      const startsAt = new Date(`${addDays(today, -daysAgo)}T${String(8 + index).padStart(2, "0")}:00:00Z`);
      const missed = daysAgo === NO_SHOW_DAY && index % 2 === 1;
      const { appointmentId } = await createVisit(db, {
        clinicId,
        patientId: episode.patientId,
        clinicianId: episode.clinicianId,
        episodeId: episode.id,
        startsAt,
        type: dayIndex === 0 ? "ASSESSMENT" : "TREATMENT",
        status: missed ? "NO_SHOW" : "ATTENDED",
      });
      visits += 1;
      if (missed) continue;
      const endsAt = new Date(startsAt.getTime() + 45 * 60_000);
      const program = episode.programs.filter((candidate) => candidate.createdAt < startsAt).at(-1);
      const assessment = await db.assessment.findFirst({ where: { clinicId, patientId: episode.patientId, assessedOn: new Date(`${addDays(today, -daysAgo)}T00:00:00Z`) }, select: { id: true } });
      const draft: boolean = !draftMade && daysAgo === DRAFT_DAY && episode.clinicianId === draftAuthorId;
      const createdAt = new Date(endsAt.getTime() + 10 * 60_000);
      const signedAt = new Date(endsAt.getTime() + 2 * 3_600_000);
      const note = await db.visitNote.create({
        data: {
          clinicId,
          patientId: episode.patientId,
          appointmentId,
          episodeId: episode.id,
          authorId: episode.clinicianId,
          ...NOTES[(index + dayIndex) % NOTES.length]!,
          programId: program?.id ?? null,
          assessmentId: assessment?.id ?? null,
          requestId: randomUUID(),
          createdAt,
          updatedAt: draft ? createdAt : signedAt,
          ...(draft ? {} : { status: "SIGNED" as const, signedAt, signedById: episode.clinicianId }),
        },
        select: { id: true },
      });
      notes += 1;
      draftMade ||= draft;
      if (index === 0 && dayIndex === 0) {
        const colleague = colleagues.find((candidate) => candidate.id !== episode.clinicianId) ?? colleagues[0]!;
        await db.visitNoteAddendum.create({
          data: {
            clinicId,
            noteId: note.id,
            authorId: colleague.id,
            text: "Addendum: the patient phoned the next day to add that the tightness started after a long drive, not during training.",
            requestId: randomUUID(),
            createdAt: new Date(signedAt.getTime() + 24 * 3_600_000),
          },
        });
      }
    }
  }
  return { visits, notes };
}

/**
 * `clinicIds`: the demo's own clinics. Never every clinic of the database: a test database holds other
 * tests' clinics at the same time, and visits seeded into them clashed with their bookings.
 */
export async function insertDemoVisitNotes(db: PrismaClient, clinicIds: readonly string[]): Promise<{ visits: number; notes: number }> {
  const today = todayIsoDate();
  const draftAuthor = await db.user.findUnique({ where: { email: DRAFT_AUTHOR }, select: { id: true, clinicId: true } });
  const total = { visits: 0, notes: 0 };
  for (const clinicId of clinicIds) {
    const made = await seedClinic(db, clinicId, today, draftAuthor?.clinicId === clinicId ? draftAuthor.id : null);
    total.visits += made.visits;
    total.notes += made.notes;
  }
  return total;
}
