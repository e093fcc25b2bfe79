/** One row of the API key table; never the token or its hash. */
export type ApiKeyDTO = {
  id: string;
  name: string;
  /** The token's non-secret second part: `rhb_<prefix>_…`. */
  prefix: string;
  createdBy: string;
  /** ISO timestamps */
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
};

/** A key just created: the only time its token leaves the server. */
export type NewApiKeyDTO = { id: string; name: string; prefix: string; token: string };

/** A revocation's answer; changed is false when the key was already revoked. */
export type RevokedApiKeyDTO = { name: string; changed: boolean };
