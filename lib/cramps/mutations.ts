import "server-only";
import { recordAudit } from "@/lib/core/audit";
import type { PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { AppError, type MutationResult } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { crampSelect, toCrampDTO } from "./cramp-dto";
import { strainAnswers } from "./red-flags";
import type { LogCrampInput } from "./schema";
import type { CrampDTO } from "./types";

/**
 * Logs a cramp in the signed-in patient's diary, linked to their active episode of care when there is
 * one, with an audit event in the same transaction. The same idempotency key stores once: a repeat
 * (double tap, retry after a lost response) returns the entry already stored.
 */
export async function logCramp(scope: PatientScope, input: LogCrampInput): Promise<MutationResult<CrampDTO>> {
  const { idempotencyKey, onsetAt, notes, strainSigns, ...fields } = input;
  const owner = { clinicId: scope.clinicId, patientId: scope.patientId };
  try {
    return await db.$transaction(async (tx) => {
      const episode = await tx.episode.findFirst({ where: { ...owner, status: "ACTIVE" }, orderBy: { createdAt: "desc" }, select: { id: true } });
      const record = await tx.crampEntry.create({
        data: {
          ...fields,
          ...strainAnswers(strainSigns),
          ...owner,
          episodeId: episode?.id ?? null,
          onsetAt: new Date(onsetAt),
          notes: notes || null,
          idempotencyKey,
        },
        select: crampSelect,
      });
      await recordAudit(tx, { ...owner, actorId: scope.actorId, action: "CREATE", entityType: "CrampEntry", entityId: record.id });
      return { ok: true, value: toCrampDTO(record) } as const;
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    // The key is already stored: answer with that entry, but only if it is this patient's own.
    const stored = await db.crampEntry.findFirst({ where: { ...owner, idempotencyKey }, select: crampSelect });
    if (!stored) throw new AppError("NOT_FOUND");
    return { ok: true, value: toCrampDTO(stored) };
  }
}
