import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activityRange, type ActivityParams } from "./params";
import { changeLines, entityHref, entityLabel } from "./summary";
import type { ActivityFiltersDTO, ActivityPageDTO } from "./types";

/**
 * The clinic's audit trail, newest first, filtered and paged in PostgreSQL. Every query carries the
 * caller's clinic: an event, a person or a patient of another clinic is never read, even by id. Five
 * queries whatever the page size: the events, their count, and the names (people and API keys) and
 * program versions they refer to.
 */
export async function listActivity(scope: ClinicScope, params: ActivityParams): Promise<ActivityPageDTO> {
  const range = activityRange(params, scope.timeZone);
  const where: Prisma.AuditEventWhereInput = {
    clinicId: scope.clinicId,
    ...(params.actor && { actorId: params.actor }),
    ...(params.patient && { patientId: params.patient }),
    ...(params.action && { action: params.action }),
    ...((range.gte || range.lt) && { at: range }),
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
      select: { id: true, at: true, actorId: true, patientId: true, action: true, entityType: true, entityId: true, before: true, after: true },
    }),
    db.auditEvent.count({ where }),
  ]);

  const unique = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))];
  const programIds = unique(events.filter((event) => event.entityType === "Program").map((event) => event.entityId));
  const actorIds = unique(events.map((event) => event.actorId));
  const [actors, apiKeys, patients, programs] = await Promise.all([
    db.user.findMany({ where: { clinicId: scope.clinicId, id: { in: actorIds } }, select: { id: true, name: true } }),
    // The FHIR API's reads are done by a key, not a person: its id is the actor.
    db.apiKey.findMany({ where: { clinicId: scope.clinicId, id: { in: actorIds } }, select: { id: true, name: true } }),
    db.patient.findMany({
      where: { clinicId: scope.clinicId, id: { in: unique(events.map((event) => event.patientId)) } },
      select: { id: true, firstName: true, lastName: true },
    }),
    programIds.length
      ? db.program.findMany({ where: { clinicId: scope.clinicId, id: { in: programIds } }, select: { id: true, episodeId: true, version: true } })
      : [],
  ]);
  const actorName = new Map([...actors.map((actor) => [actor.id, actor.name] as const), ...apiKeys.map((key) => [key.id, `API key: ${key.name}`] as const)]);
  const patientName = new Map(patients.map((patient) => [patient.id, `${patient.lastName}, ${patient.firstName}`]));
  const program = new Map(programs.map((row) => [row.id, row]));

  return {
    total,
    rows: events.map((event) => {
      const name = event.patientId ? patientName.get(event.patientId) : undefined;
      return {
        id: event.id.toString(),
        at: event.at.toISOString(),
        actor: { id: event.actorId, name: actorName.get(event.actorId) ?? "Unknown account" },
        action: event.action as ActivityPageDTO["rows"][number]["action"],
        what: entityLabel(event.entityType),
        href: entityHref(event, program.get(event.entityId)),
        patient: event.patientId && name ? { id: event.patientId, name } : null,
        changes: changeLines(event.before, event.after),
      };
    }),
  };
}

/** The filters' choices: the clinic's staff and API keys by name, and the named patient when the page is filtered by one of the clinic's. */
export async function getActivityFilters(scope: ClinicScope, patientId: string | null): Promise<ActivityFiltersDTO> {
  const [people, apiKeys, patient] = await Promise.all([
    db.user.findMany({
      where: { clinicId: scope.clinicId, role: { in: ["ADMIN", "CLINICIAN"] } },
      select: { id: true, name: true, role: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.apiKey.findMany({ where: { clinicId: scope.clinicId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    patientId ? db.patient.findFirst({ where: { id: patientId, clinicId: scope.clinicId }, select: { id: true, firstName: true, lastName: true } }) : null,
  ]);
  return { people, apiKeys, patient: patient && { id: patient.id, name: `${patient.lastName}, ${patient.firstName}` } };
}
