import "server-only";
import { apiRequestsPerMinute } from "./api-key-limits";
import { hashApiKeyToken, parseBearer } from "./api-key-token";
import { unsafeFindApiKeyByHash } from "./data";
import { countApiRequest, touchApiKey } from "./mutations";
import { clinicScopeOfApiKey, type ClinicScope } from "./session";

/**
 * Why a request with an API key was refused: no bearer credential at all; one that is malformed,
 * unknown or revoked (told apart only here, never to the caller); or the key's rate limit.
 */
export type ApiKeyRefusal = { reason: "missing" } | { reason: "invalid" } | { reason: "rate-limited"; retryAfterSeconds: number; limit: number };

export type ApiKeyAuthentication = { ok: true; scope: ClinicScope } | ({ ok: false } & ApiKeyRefusal);

/**
 * From an `Authorization: Bearer rhb_…` header to the clinic scope of the key, or a refusal. A key
 * reads the FHIR API and nothing else: it has no role, so no page, action or loader accepts it. In order: the token's shape (no query for garbage), one
 * indexed lookup by hash, revocation, then the rate limit, counted in PostgreSQL so it holds across
 * instances; only an admitted request updates "last used", at most once a minute.
 */
export async function authenticateApiKey(
  authorization: string | null,
  env: Record<string, string | undefined> = process.env,
): Promise<ApiKeyAuthentication> {
  const credential = parseBearer(authorization);
  if (credential.kind === "missing") return { ok: false, reason: "missing" };
  if (credential.kind === "malformed") return { ok: false, reason: "invalid" };
  const key = await unsafeFindApiKeyByHash(hashApiKeyToken(credential.token));
  const scope = key && clinicScopeOfApiKey(key);
  if (!key || !scope) return { ok: false, reason: "invalid" };
  const limit = apiRequestsPerMinute(env);
  const { count, retryAfterSeconds } = await countApiRequest(key.id);
  if (count > limit) return { ok: false, reason: "rate-limited", retryAfterSeconds, limit };
  await touchApiKey(key.id, key.lastUsedAt);
  return { ok: true, scope };
}
