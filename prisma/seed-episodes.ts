/**
 * Demo episodes of care: most active demo patients have one, spread over the three phases, with a
 * dated phase history, their assessments linked, and a program version per phase they went through
 * (each from that phase's template). Jordan Lee (N-1001) is in the subacute phase: his first follow-up
 * is judged against his acute-phase baseline with the acute-injury MDC, the next with the standard one.
 */
import type { Faker } from "@faker-js/faker";
import { exerciseByCode } from "../lib/exercises/library";
import type { Phase, PrismaClient } from "../lib/generated/prisma/client";
import { doseOf } from "../lib/programs/load";
import { itemFromTemplate } from "../lib/programs/items";
import { templatesForPhase } from "../lib/programs/templates";

const PHASE_ORDER: readonly Phase[] = ["ACUTE", "SUBACUTE", "PREVENTION"];
/** Days after onset at which a demo episode entered each phase. */
const PHASE_START_DAY: Record<Phase, number> = { ACUTE: 0, SUBACUTE: 7, PREVENTION: 21 };
const DIAGNOSES = [
  { diagnosis: "Hamstring strain", icd10Code: "S76.3" },
  { diagnosis: "Recurrent hamstring cramps", icd10Code: null },
  { diagnosis: "Hamstring strain, recurrent", icd10Code: "S76.3" },
] as const;

const day = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

function templateItems(phase: Phase) {
  const template = templatesForPhase(phase)[0];
  return (template?.items ?? []).map((templateItem, position) => {
    const item = itemFromTemplate(templateItem, exerciseByCode(templateItem.exerciseCode));
    return {
      position,
      exerciseCode: item.exerciseCode,
      ...doseOf(item),
      patientReason: item.patientReason,
    };
  });
}

/**
 * `involvedSides`: each patient's injured leg in their assessments (seed-assessments.ts), so the episode
 * names the same side its gate reads. A patient still in the acute phase is there because resisted knee
 * flexion still hurt at the latest assessment (the Heiderscheit exit test [S12]); the demo records that.
 */
export async function insertDemoEpisodes(
  db: PrismaClient,
  faker: Faker,
  involvedSides: ReadonlyMap<string, "LEFT" | "RIGHT">,
): Promise<{ episodes: number; programs: number }> {
  const patients = await db.patient.findMany({
    where: { status: "ACTIVE" },
    orderBy: [{ clinicId: "asc" }, { recordNumber: "asc" }],
    select: { id: true, clinicId: true, recordNumber: true, assessments: { select: { assessedOn: true, clinicianId: true }, orderBy: { assessedOn: "asc" }, take: 1 } },
  });
  let episodes = 0;
  let programs = 0;
  for (const [index, patient] of patients.entries()) {
    const first = patient.assessments[0];
    // One in four demo patients has no episode, so that state shows too.
    if (!first || index % 4 === 3) continue;
    const phase = patient.recordNumber === "N-1001" ? "SUBACUTE" : PHASE_ORDER[index % 3]!;
    const onset = day(first.assessedOn, -faker.number.int({ min: 1, max: 4 }));
    const reached = PHASE_ORDER.slice(0, PHASE_ORDER.indexOf(phase) + 1);
    const { diagnosis, icd10Code } = faker.helpers.arrayElement(DIAGNOSES);
    const episode = await db.episode.create({
      data: {
        clinicId: patient.clinicId,
        patientId: patient.id,
        clinicianId: first.clinicianId,
        diagnosis,
        icd10Code,
        // The draw is kept so every later demo value stays as it was; the side comes from the assessments.
        side: (faker.helpers.arrayElement(["LEFT", "RIGHT"] as const), involvedSides.get(patient.id) ?? "RIGHT"),
        onsetDate: onset,
        mechanism: faker.helpers.arrayElement(["SPRINTING", "STRETCHING", "OTHER"] as const),
        phase,
        phaseSince: day(onset, PHASE_START_DAY[phase]),
        requestId: faker.string.uuid(),
        phaseChanges: {
          create: reached.map((toPhase, step) => ({
            fromPhase: step === 0 ? null : reached[step - 1]!,
            toPhase,
            changedById: first.clinicianId,
            reason: step === 0 ? "Episode opened" : "Gate criteria met",
            changedAt: day(onset, PHASE_START_DAY[toPhase]),
          })),
        },
      },
      select: { id: true },
    });
    episodes++;
    await db.assessment.updateMany({ where: { patientId: patient.id }, data: { episodeId: episode.id } });
    if (phase === "ACUTE") await markKneeFlexionPainful(db, patient.id, involvedSides.get(patient.id) ?? "RIGHT");
    for (const [step, programPhase] of reached.entries()) {
      await db.program.create({
        data: {
          clinicId: patient.clinicId,
          episodeId: episode.id,
          phase: programPhase,
          version: step + 1,
          note: step === 0 ? "First program" : `Program for the ${programPhase.toLowerCase()} phase`,
          createdById: first.clinicianId,
          createdAt: day(onset, PHASE_START_DAY[programPhase]),
          items: { create: templateItems(programPhase) },
        },
      });
      programs++;
    }
  }
  return { episodes, programs };
}

/** Pain on resisted knee flexion on the injured side at the patient's latest assessment, where it was tested. */
async function markKneeFlexionPainful(db: PrismaClient, patientId: string, side: "LEFT" | "RIGHT") {
  const latest = await db.assessment.findFirst({ where: { patientId }, orderBy: { assessedOn: "desc" }, select: { id: true } });
  if (latest) await db.measurement.updateMany({ where: { assessmentId: latest.id, measureCode: "mmt-knee-flex", side }, data: { flag: true } });
}
