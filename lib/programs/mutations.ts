import "server-only";
import { recordAudit } from "@/lib/core/audit";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type MutationResult } from "@/lib/core/errors";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { isClinicExerciseCode } from "@/lib/exercises/clinic-exercise";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockPatientForClinicalWrite } from "@/lib/patients/mutations";
import { addDays } from "@/lib/core/calendar";
import { todayIn } from "@/lib/core/dates";
import { getProgramVersion, listRecentDoseVersions } from "./data";
import { doseOf, LOAD_RULE, type Dose } from "./load";
import { programRuleErrors, templateRuleErrors } from "./rules";
import type { SaveProgramInput, TemplateInput, TemplateItem } from "./schema";

const FINISHED_EPISODE_READ_ONLY = "This episode is finished, so its program is read-only. Reactivate the episode to change the program.";

/** A program or template item's exercise and dose as columns. */
const doseColumns = (item: TemplateItem) => ({ exerciseCode: item.exerciseCode, ...doseOf(item) });
const textOrNull = (text: string) => (text === "" ? null : text);

/** A version's items for the audit trail: each exercise code with only the dose fields it prescribes. */
const auditedItems = (items: (Dose & { exerciseCode: string })[]) =>
  items.map((item) => ({
    code: item.exerciseCode,
    ...Object.fromEntries(Object.entries(doseOf(item)).filter(([, value]) => value !== null)),
  }));

/**
 * The saved version in force of each of the caller's clinic exercises among `codes`, by code: what a
 * program saved now gives the patient (clinic_exercise_version). Library codes have none.
 */
async function clinicExerciseVersionsInForce(tx: Tx, scope: ClinicScope, codes: string[]): Promise<Map<string, string>> {
  const exercises = await tx.clinicExercise.findMany({
    where: { clinicId: scope.clinicId, code: { in: codes.filter(isClinicExerciseCode) } },
    select: { code: true, versions: { where: { clinicId: scope.clinicId }, orderBy: { version: "desc" }, take: 1, select: { id: true } } },
  });
  return new Map(exercises.flatMap((exercise) => (exercise.versions[0] ? [[exercise.code, exercise.versions[0].id] as const] : [])));
}

/**
 * Saves the program as a new version of the episode's current phase, in one transaction with an
 * audit event. The previous version stays as it was, and each clinic exercise is kept as the version in
 * force now, so a later edit of the exercise does not change what this version gave. CONFLICT when someone saved a newer version
 * since the editor loaded; field errors when a safety rule needs a reason or an exercise is not in the
 * caller's catalogue (another clinic's exercise code counts as unknown).
 */
export async function saveProgram(scope: ClinicScope, input: SaveProgramInput): Promise<MutationResult<{ version: number }>> {
  const catalogue = await loadExerciseCatalogue(scope);
  try {
    return await db.$transaction(async (tx) => {
      const episode = await tx.episode.findFirst({ where: { id: input.episodeId, clinicId: scope.clinicId }, select: { id: true, patientId: true, phase: true, status: true } });
      if (!episode) throw new AppError("NOT_FOUND");
      const writable = await lockPatientForClinicalWrite(tx, scope, episode.patientId);
      if (!writable.ok) return writable;
      if (episode.status === "FINISHED") return { ok: false, fieldErrors: { _form: [FINISHED_EPISODE_READ_ONLY] } } as const;
      const latest = await getProgramVersion(scope, episode.id);
      if ((latest?.version ?? 0) !== input.baseVersion) throw new AppError("CONFLICT");

      const on = todayIn(scope.timeZone);
      const recent = await listRecentDoseVersions(scope, episode.id, addDays(on, -LOAD_RULE.reasonOverDays));
      const errors = programRuleErrors(input.items, episode.phase, latest?.items ?? [], catalogue, { recent, on });
      if (Object.keys(errors).length) return { ok: false, fieldErrors: errors } as const;

      const version = input.baseVersion + 1;
      const program = await tx.program.create({
        data: { clinicId: scope.clinicId, episodeId: episode.id, phase: episode.phase, version, note: textOrNull(input.note), createdById: scope.actorId },
        select: { id: true },
      });
      const versionIds = await clinicExerciseVersionsInForce(tx, scope, input.items.map((item) => item.exerciseCode));
      await tx.programItem.createMany({
        data: input.items.map((item, position) => ({
          clinicId: scope.clinicId,
          programId: program.id,
          position,
          ...doseColumns(item),
          clinicExerciseVersionId: versionIds.get(item.exerciseCode) ?? null,
          notes: textOrNull(item.notes),
          rationale: textOrNull(item.rationale),
          patientReason: textOrNull(item.patientReason),
          overrideReason: textOrNull(item.overrideReason),
          loadChangeReason: textOrNull(item.loadChangeReason),
        })),
      });
      await recordAudit(tx, {
        clinicId: scope.clinicId,
        actorId: scope.actorId,
        patientId: episode.patientId,
        action: "CREATE",
        entityType: "Program",
        entityId: program.id,
        changes: {
          ...(latest && { before: { version: latest.version, items: auditedItems(latest.items) } }),
          after: { version, items: auditedItems(input.items) },
        },
      });
      return { ok: true, value: { version } } as const;
    });
  } catch (error) {
    // Two saves from the same base version: the unique (episode, version) lets only one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT");
    throw error;
  }
}

/**
 * Adds a template to the caller's clinic (admins only, checked by the action) with its items, each with
 * its dose and why, and an audit event, in one transaction. Its exercises must be offered by the
 * clinic's catalogue and allowed in its phase.
 */
export async function createTemplate(scope: ClinicScope, input: TemplateInput): Promise<MutationResult<{ id: string }>> {
  const errors = templateRuleErrors(input, await loadExerciseCatalogue(scope));
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return db.$transaction(async (tx) => {
    const { id } = await tx.programTemplate.create({
      data: {
        name: input.name,
        phase: input.phase,
        description: textOrNull(input.description),
        clinicId: scope.clinicId,
        createdById: scope.actorId,
        items: {
          create: input.items.map((item, position) => ({
            position,
            ...doseColumns(item),
            patientReason: textOrNull(item.patientReason),
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, action: "CREATE", entityType: "ProgramTemplate", entityId: id });
    return { ok: true, value: { id } } as const;
  });
}
