import "server-only";
import { authenticateApiKey } from "@/lib/core/auth/api-keys";
import type { ClinicScope } from "@/lib/core/auth/session";
import { logError } from "@/lib/core/logger";
import { refusalResponse, serverErrorResponse } from "./operation-outcome";

/**
 * Every FHIR route handler that reads records goes through this: the API key is authenticated and its
 * rate limit counted before the handler sees the request, and anything the
 * handler throws becomes a 500 OperationOutcome, logged with the key's id only (no record data).
 */
export async function withApiKey(request: Request, handle: (scope: ClinicScope) => Promise<Response>): Promise<Response> {
  try {
    const authentication = await authenticateApiKey(request.headers.get("authorization"));
    if (!authentication.ok) return refusalResponse(authentication);
    return await handle(authentication.scope);
  } catch (error) {
    logError("fhir-api", error, { path: new URL(request.url).pathname.slice(0, 200) });
    return serverErrorResponse();
  }
}
