/**
 * Before and after values of an audited change (lib/core/audit.ts). Pure, so mutations and their tests
 * build the same minimal record: only the fields that changed, dates as ISO text. Callers pass only
 * clinical fields, never password hashes or tokens.
 */

export type AuditValue = string | number | boolean | null | AuditValue[] | { [field: string]: AuditValue };
export type AuditRecord = { [field: string]: AuditValue };
export type AuditChanges = { before?: AuditRecord; after?: AuditRecord };

type Input = AuditValue | Date | undefined | { [field: string]: Input } | Input[];

function normalise(value: Input): AuditValue {
  if (value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    // A date column (midnight UTC) reads as a calendar date; a timestamp keeps its time.
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, normalise(inner)]));
  }
  return value;
}

const same = (a: AuditValue, b: AuditValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `after` whose value differs from `before`, each side holding only those fields;
 * undefined when nothing changed. Fields missing from `after` are not compared (a partial patch).
 */
export function changedFields(before: Record<string, Input>, after: Record<string, Input>): AuditChanges | undefined {
  const changes: Required<AuditChanges> = { before: {}, after: {} };
  for (const field of Object.keys(after)) {
    const from = normalise(before[field]);
    const to = normalise(after[field]);
    if (same(from, to)) continue;
    changes.before[field] = from;
    changes.after[field] = to;
  }
  return Object.keys(changes.after).length ? changes : undefined;
}
