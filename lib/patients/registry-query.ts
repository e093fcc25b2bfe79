import { ISO_UTC } from "@/lib/core/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { END_CURSOR, searchTerms, type RegistryParams, type SortField } from "./registry-params";

/**
 * The registry page's SQL: used by listPatients and by the registry benchmark
 * (scripts/bench-registry.ts), so what is measured is exactly what the app runs.
 *
 * Paging is by keyset where the URL gives a cursor (registry-url.ts): the rows after (or before) the
 * cursor patient in the sort order, found as a row comparison against that patient's own sort values,
 * which the (clinic_id, status, <sort columns>, id) indexes answer by seeking straight to it, so a deep
 * page reads what the first does. This is raw SQL because Prisma's query API has no row comparison (its
 * own `cursor` expands to ORs the index cannot seek with, and reads the cursor row without the clinic).
 * The cursor row is read within the caller's clinic: another clinic's id finds nothing.
 */
/** A registry row's columns as a PatientRowDTO, read from `patient` (also the patient page's record, data.ts). */
export const registryRowColumns = Prisma.sql`
  patient.id::text, patient.record_number AS "recordNumber", patient.first_name AS "firstName", patient.last_name AS "lastName",
  patient.date_of_birth::text AS "dateOfBirth", patient.sex::text, patient.status::text,
  to_char(patient.updated_at, ${ISO_UTC}) AS "updatedAt"`;

/** Each sort's key columns and both orders, as fixed SQL text (never built from input). Every key ends with the id, so paging is stable. */
const SORT_KEYS: Record<SortField, { columns: Prisma.Sql; asc: Prisma.Sql; desc: Prisma.Sql }> = {
  name: {
    columns: Prisma.sql`last_name, first_name, id`,
    asc: Prisma.sql`last_name ASC, first_name ASC, id ASC`,
    desc: Prisma.sql`last_name DESC, first_name DESC, id DESC`,
  },
  dateOfBirth: {
    columns: Prisma.sql`date_of_birth, id`,
    asc: Prisma.sql`date_of_birth ASC, id ASC`,
    desc: Prisma.sql`date_of_birth DESC, id DESC`,
  },
  updatedAt: {
    columns: Prisma.sql`updated_at, id`,
    asc: Prisma.sql`updated_at ASC, id ASC`,
    desc: Prisma.sql`updated_at DESC, id DESC`,
  },
};

/** The clinic's patients of the asked status whose search text holds every search term. */
function registryWhere(clinicId: string, params: RegistryParams): Prisma.Sql {
  const scoped = Prisma.sql`clinic_id = ${clinicId}::uuid AND status = ${params.status === "archived" ? "ARCHIVED" : "ACTIVE"}::"PatientStatus"`;
  return searchTerms(params.q).reduce((where, term) => Prisma.sql`${where} AND search_text LIKE ${`%${term}%`}`, scoped);
}

/** How the page is found: by position, after or before a patient, or the last rows. */
export type RegistrySeek = { kind: "offset"; offset: number } | { kind: "after" | "before"; id: string } | { kind: "end" };

export function registrySeek(params: RegistryParams): RegistrySeek {
  if (params.after) return { kind: "after", id: params.after };
  if (params.before === END_CURSOR) return { kind: "end" };
  if (params.before) return { kind: "before", id: params.before };
  return { kind: "offset", offset: (params.page - 1) * params.pageSize };
}

/**
 * One page of rows as PatientRowDTOs. Pages read backwards (before a patient, the last page) come
 * back in reverse order: reverse them (the caller does, see readsBackwards).
 */
export function registryPageSql(clinicId: string, params: RegistryParams, seek: RegistrySeek = registrySeek(params)): Prisma.Sql {
  const key = SORT_KEYS[params.sort];
  const backwards = readsBackwards(seek);
  const ascending = (params.dir === "asc") !== backwards;
  const order = ascending ? key.asc : key.desc;
  const keyset =
    seek.kind === "after" || seek.kind === "before"
      ? Prisma.sql` AND (${key.columns}) ${ascending ? Prisma.sql`>` : Prisma.sql`<`} (SELECT ${key.columns} FROM patient WHERE id = ${seek.id}::uuid AND clinic_id = ${clinicId}::uuid)`
      : Prisma.empty;
  const offset = seek.kind === "offset" ? Prisma.sql` OFFSET ${seek.offset}` : Prisma.empty;
  return Prisma.sql`
    SELECT ${registryRowColumns}
    FROM patient
    WHERE ${registryWhere(clinicId, params)}${keyset}
    ORDER BY ${order}
    LIMIT ${params.pageSize}${offset}`;
}

export const readsBackwards = (seek: RegistrySeek) => seek.kind === "before" || seek.kind === "end";

/** The number of patients the registry's filters match. */
export function registryCountSql(clinicId: string, params: RegistryParams): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM patient WHERE ${registryWhere(clinicId, params)}`;
}
