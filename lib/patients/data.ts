import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { RegistryParams } from "./registry-params";
import { registryPageArgs, registryRowSelect, toRegistryRow } from "./registry-query";
import type { PatientDTO, PatientPageDTO } from "./types";

/** One page of the clinic's patients, paged and sorted in the database; never loads the whole list. */
export async function listPatients(scope: ClinicScope, params: RegistryParams): Promise<PatientPageDTO> {
  const page = registryPageArgs(scope.clinicId, params);
  const [records, total] = await Promise.all([db.patient.findMany(page), db.patient.count({ where: page.where })]);
  return { rows: records.map(toRegistryRow), total };
}

/** One patient of the clinic, or null when it does not exist in this clinic. */
export async function getPatient(scope: ClinicScope, id: string): Promise<PatientDTO | null> {
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
      portalUserId: true,
    },
  });
  if (!record) return null;
  const { portalUserId, dominantLeg, sport, email, phone, notes, ...row } = record;
  return {
    ...toRegistryRow(row),
    dominantLeg: dominantLeg ?? "",
    sport: sport ?? "",
    email: email ?? "",
    phone: phone ?? "",
    notes: notes ?? "",
    version: record.version,
    hasPortalAccount: portalUserId !== null,
  };
}
