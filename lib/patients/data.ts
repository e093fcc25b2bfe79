import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchTerms, type RegistryParams } from "./registry-params";
import type { PatientDTO, PatientPageDTO, PatientRowDTO } from "./types";

const rowSelect = {
  id: true,
  recordNumber: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  sex: true,
  status: true,
  updatedAt: true,
} satisfies Prisma.PatientSelect;

type RowRecord = Prisma.PatientGetPayload<{ select: typeof rowSelect }>;

function toRow(record: RowRecord): PatientRowDTO {
  return {
    ...record,
    dateOfBirth: record.dateOfBirth.toISOString().slice(0, 10),
    updatedAt: record.updatedAt.toISOString(),
  };
}

function orderFor(params: RegistryParams): Prisma.PatientOrderByWithRelationInput[] {
  const dir = params.dir;
  switch (params.sort) {
    case "name":
      return [{ lastName: dir }, { firstName: dir }, { id: dir }];
    case "dateOfBirth":
      return [{ dateOfBirth: dir }, { id: dir }];
    case "updatedAt":
      return [{ updatedAt: dir }, { id: dir }];
  }
}

/** One page of the clinic's patients, paged and sorted in the database; never loads the whole list. */
export async function listPatients(scope: ClinicScope, params: RegistryParams): Promise<PatientPageDTO> {
  const where: Prisma.PatientWhereInput = {
    clinicId: scope.clinicId,
    status: params.status === "archived" ? "ARCHIVED" : "ACTIVE",
    AND: searchTerms(params.q).map((term) => ({ searchText: { contains: term } })),
  };
  const [records, total] = await Promise.all([
    db.patient.findMany({
      where,
      select: rowSelect,
      orderBy: orderFor(params),
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
    db.patient.count({ where }),
  ]);
  return { rows: records.map(toRow), total };
}

/** One patient of the clinic, or null when it does not exist in this clinic. */
export async function getPatient(scope: ClinicScope, id: string): Promise<PatientDTO | null> {
  const record = await db.patient.findFirst({
    where: { id, clinicId: scope.clinicId },
    select: {
      ...rowSelect,
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
    ...toRow(row),
    dominantLeg: dominantLeg ?? "",
    sport: sport ?? "",
    email: email ?? "",
    phone: phone ?? "",
    notes: notes ?? "",
    version: record.version,
    hasPortalAccount: portalUserId !== null,
  };
}
