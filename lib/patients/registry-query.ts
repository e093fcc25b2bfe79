import type { Prisma } from "@/lib/generated/prisma/client";
import { searchTerms, type RegistryParams } from "./registry-params";
import type { PatientRowDTO } from "./types";
import { toIsoDate } from "@/lib/core/calendar";

/**
 * The registry page's query, as plain Prisma arguments: used by listPatients and by the registry
 * benchmark (scripts/bench-registry.ts), so what is measured is exactly what the app runs.
 */
export const registryRowSelect = {
  id: true,
  recordNumber: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  sex: true,
  status: true,
  updatedAt: true,
} satisfies Prisma.PatientSelect;

export type RegistryRowRecord = Prisma.PatientGetPayload<{ select: typeof registryRowSelect }>;

function registryWhere(clinicId: string, params: RegistryParams): Prisma.PatientWhereInput {
  return {
    clinicId,
    status: params.status === "archived" ? "ARCHIVED" : "ACTIVE",
    AND: searchTerms(params.q).map((term) => ({ searchText: { contains: term } })),
  };
}

/** Every order ends with the id, so rows with equal names or dates page stably. */
function registryOrder(params: RegistryParams): Prisma.PatientOrderByWithRelationInput[] {
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

export function registryPageArgs(clinicId: string, params: RegistryParams) {
  return {
    where: registryWhere(clinicId, params),
    select: registryRowSelect,
    orderBy: registryOrder(params),
    skip: (params.page - 1) * params.pageSize,
    take: params.pageSize,
  };
}

export function toRegistryRow(record: RegistryRowRecord): PatientRowDTO {
  return {
    ...record,
    dateOfBirth: toIsoDate(record.dateOfBirth),
    updatedAt: record.updatedAt.toISOString(),
  };
}
