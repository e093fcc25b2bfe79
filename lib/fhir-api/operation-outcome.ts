import type { OperationOutcome } from "@medplum/fhirtypes";
import type { ApiKeyRefusal } from "@/lib/core/auth/api-keys";

/**
 * The FHIR API's answers as HTTP: every body is FHIR JSON, every failure an OperationOutcome with a
 * fixed sentence, never an exception's text or stack. Pure, so each status is unit-tested.
 */
export const FHIR_JSON = "application/fhir+json; charset=utf-8";

/** The challenge a 401 carries (RFC 6750); "invalid_token" when a credential was sent but refused. */
export const BEARER_CHALLENGE = 'Bearer realm="rehabit-fhir"';

type IssueCode = "login" | "not-found" | "throttled" | "invalid" | "required" | "exception" | "not-supported";

export function operationOutcome(code: IssueCode, diagnostics: string): OperationOutcome {
  return { resourceType: "OperationOutcome", issue: [{ severity: "error", code, diagnostics }] };
}

/** Record reads must not be cached by anything between the caller and the server. */
export function fhirResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": FHIR_JSON, "Cache-Control": "no-store", ...headers } });
}

export function refusalResponse(refusal: ApiKeyRefusal): Response {
  switch (refusal.reason) {
    case "missing":
      return fhirResponse(operationOutcome("login", "Send an API key: Authorization: Bearer rhb_…"), 401, { "WWW-Authenticate": BEARER_CHALLENGE });
    case "invalid":
      // Malformed, unknown and revoked keys get the same answer: the caller learns nothing about which.
      return fhirResponse(operationOutcome("login", "The API key is not valid. It may have been revoked."), 401, {
        "WWW-Authenticate": `${BEARER_CHALLENGE}, error="invalid_token"`,
      });
    case "rate-limited":
      return fhirResponse(operationOutcome("throttled", `Too many requests: this key may make ${refusal.limit} a minute. Try again later.`), 429, {
        "Retry-After": String(refusal.retryAfterSeconds),
      });
  }
}

/** The same answer for a record that does not exist, another clinic's record and an id that cannot be one. */
export function notFoundResponse(resourceType: string, id: string): Response {
  return fhirResponse(operationOutcome("not-found", `${resourceType}/${id.slice(0, 64)} is not known.`), 404);
}

export function badRequestResponse(diagnostics: string, code: IssueCode = "invalid"): Response {
  return fhirResponse(operationOutcome(code, diagnostics), 400);
}

export function serverErrorResponse(): Response {
  return fhirResponse(operationOutcome("exception", "Something went wrong on the server. Try again; if it keeps happening, tell the clinic."), 500);
}
