import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { ApiKeyDTO } from "./types";

/** The clinic's API keys, newest first, revoked ones included (the audit trail still names them). Never the hash. */
export async function listApiKeys(scope: ClinicScope): Promise<ApiKeyDTO[]> {
  const keys = await db.apiKey.findMany({
    where: { clinicId: scope.clinicId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
      revokedBy: { select: { name: true } },
    },
  });
  return keys.map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdBy: key.createdBy.name,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    revokedBy: key.revokedBy?.name ?? null,
  }));
}
