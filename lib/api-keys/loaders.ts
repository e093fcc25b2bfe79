import "server-only";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { listApiKeys } from "./data";

/** The API keys page: admins only (404 for anyone else). */
export const loadApiKeysPage = cache(async () => {
  const { scope } = await requireClinicScope("api-keys:manage");
  return { keys: await listApiKeys(scope) };
});
