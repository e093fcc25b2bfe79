import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { generateApiKeyToken } from "@/lib/core/auth/api-key-token";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { AppError, type MutationResult } from "@/lib/core/errors";
import type { ApiKeyInput, CreateApiKeyInput } from "./schema";
import type { NewApiKeyDTO, RevokedApiKeyDTO } from "./types";

/**
 * Creates a key for the caller's clinic and returns its token, once: only the token's SHA-256 is
 * stored. Audited (CREATE of the ApiKey, with its name and prefix, never the token) in the same
 * transaction. A 48-bit prefix colliding with another key's would fail the unique index and the
 * admin would simply try again; at a clinic's handful of keys that never happens in practice.
 */
export async function createApiKey(scope: ClinicScope, input: CreateApiKeyInput): Promise<MutationResult<NewApiKeyDTO>> {
  const { token, prefix, tokenHash } = generateApiKeyToken();
  return db.$transaction(async (tx) => {
    const { id } = await tx.apiKey.create({
      data: { clinicId: scope.clinicId, name: input.name, prefix, tokenHash, createdById: scope.actorId },
      select: { id: true },
    });
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      action: "CREATE",
      entityType: "ApiKey",
      entityId: id,
      changes: { after: { name: input.name, prefix } },
    });
    return { ok: true, value: { id, name: input.name, prefix, token } } as const;
  });
}

/**
 * Revokes one of the clinic's keys: its next request gets 401. Another clinic's key or a made-up id is
 * NOT_FOUND; revoking a revoked key succeeds and writes nothing, so a double click is harmless.
 * Audited (REVOKE of the ApiKey) in the same transaction.
 */
export async function revokeApiKey(scope: ClinicScope, input: ApiKeyInput, now = new Date()): Promise<MutationResult<RevokedApiKeyDTO>> {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: input.apiKeyId, clinicId: scope.clinicId }, select: { id: true, name: true } });
    if (!key) throw new AppError("NOT_FOUND");
    const { count } = await tx.apiKey.updateMany({
      where: { id: key.id, clinicId: scope.clinicId, revokedAt: null },
      data: { revokedAt: now, revokedById: scope.actorId },
    });
    if (count === 0) return { ok: true, value: { name: key.name, changed: false } } as const;
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, action: "REVOKE", entityType: "ApiKey", entityId: key.id });
    return { ok: true, value: { name: key.name, changed: true } } as const;
  });
}
