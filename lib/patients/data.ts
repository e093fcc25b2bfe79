import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { RegistryParams } from "./registry-params";
import { readsBackwards, registryCountSql, registryPageSql, registryRowSelect, registrySeek, toRegistryRow } from "./registry-query";
import type { PatientDTO, PatientPageDTO, PatientRecord, PatientRowDTO } from "./types";

/**
 * One page of the clinic's patients, paged and sorted in the database (by keyset when the URL names a
 * cursor, registry-query.ts); never loads the whole list. Two statements, in parallel: the page and
 * the count. A cursor that finds nothing (that patient is gone, or the id is not of this clinic) gives
 * the page by its number instead, with two more.
 */
export async function listPatients(scope: ClinicScope, params: RegistryParams): Promise<PatientPageDTO> {
  const seek = registrySeek(params);
  const [found, counted] = await Promise.all([
    db.$queryRaw<PatientRowDTO[]>(registryPageSql(scope.clinicId, params, seek)),
    db.$queryRaw<{ total: number }[]>(registryCountSql(scope.clinicId, params)),
  ]);
  const total = counted[0]?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / params.pageSize));
  if (seek.kind === "end") {
    // The last page holds what the full pages before it leave.
    return { rows: found.slice(0, total - (pageCount - 1) * params.pageSize).reverse(), total, page: pageCount };
  }
  if (seek.kind !== "offset" && found.length === 0 && total > 0) return listPatients(scope, { ...params, after: "", before: "" });
  // Fewer rows than a page before a patient: the list starts there, whatever number the link carried.
  if (seek.kind === "before" && found.length < params.pageSize) return listPatients(scope, { ...params, page: 1, after: "", before: "" });
  const rows = readsBackwards(seek) ? found.reverse() : found;
  // Fewer rows than a page after a patient: the list ends there.
  const page = seek.kind === "after" && found.length < params.pageSize ? pageCount : Math.min(params.page, pageCount);
  return { rows, total, page };
}

/**
 * One patient of the clinic with the facts of their portal access (linked account, latest invitation),
 * in one statement: the patient page's layout shows both on every tab. Null when the patient does not
 * exist in this clinic.
 */
export async function getPatientRecord(scope: ClinicScope, id: string): Promise<PatientRecord | null> {
  const record = await db.patient.findFirst({
    where: { id, clinicId: scope.clinicId },
    select: {
      ...registryRowSelect,
      dominantLeg: true,
      sport: true,
      email: true,
      phone: true,
      notes: true,
      version: true,
      portalUser: { select: { email: true } },
      invitations: {
        where: { clinicId: scope.clinicId },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { email: true, expiresAt: true, usedAt: true, revokedAt: true },
      },
    },
  });
  if (!record) return null;
  const { portalUser, invitations, dominantLeg, sport, email, phone, notes, version, ...row } = record;
  return {
    patient: {
      ...toRegistryRow(row),
      dominantLeg: dominantLeg ?? "",
      sport: sport ?? "",
      email: email ?? "",
      phone: phone ?? "",
      notes: notes ?? "",
      version,
      hasPortalAccount: portalUser !== null,
    },
    portal: { linkedEmail: portalUser?.email ?? null, latestInvitation: invitations[0] ?? null },
  };
}

/** One patient of the clinic, or null when it does not exist in this clinic. */
export async function getPatient(scope: ClinicScope, id: string): Promise<PatientDTO | null> {
  return (await getPatientRecord(scope, id))?.patient ?? null;
}
