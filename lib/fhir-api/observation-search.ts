import type { Bundle, Observation } from "@medplum/fhirtypes";

/**
 * The Observation search's parameters and its searchset Bundle. Pure: the route handler reads the
 * record and the mapper makes the Observations; this decides which match and how the answer looks.
 */

/** One `code` value: `system|code` (an empty system means "no system"), or a bare code matching any system. */
export type TokenParam = { system: string | null | undefined; code: string };

/** `patient` is required and is the patient's id, bare or as `Patient/<id>`. */
export function patientParam(value: string | null): string | null {
  if (!value) return null;
  return value.startsWith("Patient/") ? value.slice("Patient/".length) : value;
}

/** `code=a,b` means a OR b; `undefined` system = any system, `null` = no system (`|code`). */
export function parseCodeParam(value: string | null): TokenParam[] | null {
  if (value === null) return null;
  const tokens = value
    .split(",")
    .filter((part) => part !== "")
    .map((part): TokenParam => {
      const bar = part.indexOf("|");
      if (bar === -1) return { system: undefined, code: part };
      const system = part.slice(0, bar);
      return { system: system === "" ? null : system, code: part.slice(bar + 1) };
    });
  return tokens.filter((token) => token.code !== "");
}

export function matchesCode(observation: Observation, tokens: TokenParam[] | null): boolean {
  if (tokens === null) return true;
  const codings = observation.code?.coding ?? [];
  return tokens.some((token) =>
    codings.some((coding) => coding.code === token.code && (token.system === undefined || (token.system === null ? !coding.system : coding.system === token.system))),
  );
}

/** A searchset Bundle of the matches, each with its fullUrl and search mode, and a self link to the search as asked. */
export function searchsetBundle(observations: Observation[], options: { base: string; self: string; timestamp: string }): Bundle<Observation> {
  return {
    resourceType: "Bundle",
    type: "searchset",
    timestamp: options.timestamp,
    total: observations.length,
    link: [{ relation: "self", url: options.self }],
    entry: observations.map((resource) => ({ fullUrl: `${options.base}/Observation/${resource.id}`, resource, search: { mode: "match" } })),
  };
}
