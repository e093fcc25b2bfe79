import "server-only";
import type { ClinicScope, PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { AppointmentDTO, NamedOption, PatientVisitsDTO, PortalNextVisitDTO } from "./types";
import { PAST_VISITS_PAGE_SIZE } from "./visit-history";

const APPOINTMENT_SELECT = {
  id: true,
  type: true,
  status: true,
  startsAt: true,
  endsAt: true,
  version: true,
  cancelReason: true,
  moveReason: true,
  patient: { select: { id: true, firstName: true, lastName: true } },
  clinician: { select: { id: true, name: true } },
} as const;

type AppointmentRow = {
  id: string;
  type: AppointmentDTO["type"];
  status: AppointmentDTO["status"];
  startsAt: Date;
  endsAt: Date;
  version: number;
  cancelReason: string | null;
  moveReason: string | null;
  patient: { id: string; firstName: string; lastName: string };
  clinician: NamedOption;
};

const toDTO = ({ patient, startsAt, endsAt, ...row }: AppointmentRow): AppointmentDTO => ({
  ...row,
  startsAt: startsAt.toISOString(),
  endsAt: endsAt.toISOString(),
  patient: { id: patient.id, name: `${patient.firstName} ${patient.lastName}` },
});

/** The clinic's active clinicians and admins, who can hold a diary. */
export async function listDiaryClinicians(scope: ClinicScope): Promise<NamedOption[]> {
  return db.user.findMany({
    where: { clinicId: scope.clinicId, role: { in: ["CLINICIAN", "ADMIN"] }, status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** One staff member of the clinic by id, or null (another clinic's, a patient's account). */
export async function getDiaryClinician(scope: ClinicScope, userId: string): Promise<NamedOption | null> {
  return db.user.findFirst({ where: { id: userId, clinicId: scope.clinicId, role: { in: ["CLINICIAN", "ADMIN"] } }, select: { id: true, name: true } });
}

/** A clinician's visits starting in [from, to), cancelled ones included, in time order. Clinic-scoped. */
export async function listDiary(scope: ClinicScope, clinicianId: string, from: Date, to: Date): Promise<AppointmentDTO[]> {
  const rows = await db.appointment.findMany({
    where: { clinicId: scope.clinicId, clinicianId, startsAt: { gte: from, lt: to } },
    select: APPOINTMENT_SELECT,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toDTO);
}

/** One visit of the clinic; with `clinicianId`, only if it is in that clinician's diary. */
export async function getAppointment(scope: ClinicScope, appointmentId: string, clinicianId?: string): Promise<AppointmentDTO | null> {
  const row = await db.appointment.findFirst({ where: { id: appointmentId, clinicId: scope.clinicId, ...(clinicianId && { clinicianId }) }, select: APPOINTMENT_SELECT });
  return row && toDTO(row);
}

/**
 * The patient's visits from now on (soonest first) and one page of those before (latest first), with
 * how many there are before. A page past the last gives the last. Clinic-scoped.
 */
export async function listPatientVisits(scope: ClinicScope, patientId: string, now: Date, pastPage: number): Promise<Omit<PatientVisitsDTO, "timeZone">> {
  const where = { clinicId: scope.clinicId, patientId };
  const pastWhere = { ...where, startsAt: { lt: now } };
  const [upcoming, past, pastTotal] = await Promise.all([
    db.appointment.findMany({ where: { ...where, startsAt: { gte: now } }, select: APPOINTMENT_SELECT, orderBy: [{ startsAt: "asc" }, { id: "asc" }] }),
    db.appointment.findMany({
      where: pastWhere,
      select: APPOINTMENT_SELECT,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      skip: (pastPage - 1) * PAST_VISITS_PAGE_SIZE,
      take: PAST_VISITS_PAGE_SIZE,
    }),
    db.appointment.count({ where: pastWhere }),
  ]);
  const lastPage = Math.max(1, Math.ceil(pastTotal / PAST_VISITS_PAGE_SIZE));
  if (pastPage > lastPage) return listPatientVisits(scope, patientId, now, lastPage);
  return { upcoming: upcoming.map(toDTO), past: { visits: past.map(toDTO), total: pastTotal, page: pastPage } };
}

/** What booking needs to know of a patient of the clinic: the name, whether active, and the episodes not finished. */
export async function getBookingPatient(scope: ClinicScope, patientId: string) {
  return db.patient.findFirst({
    where: { id: patientId, clinicId: scope.clinicId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      status: true,
      episodes: { where: { status: { not: "FINISHED" } }, select: { id: true, diagnosis: true }, orderBy: { createdAt: "desc" } },
    },
  });
}

/** The clinic's default visit lengths (Clinic settings). */
export async function getClinicVisitMinutes(scope: ClinicScope) {
  return db.clinic.findUniqueOrThrow({
    where: { id: scope.clinicId },
    select: { assessmentMinutes: true, treatmentMinutes: true, reviewMinutes: true, telehealthMinutes: true },
  });
}

const PORTAL_VISIT_SELECT = { id: true, type: true, startsAt: true, endsAt: true, clinician: { select: { name: true } }, clinic: { select: { name: true } } } as const;

type PortalVisitRow = { id: string; type: PortalNextVisitDTO["type"]; startsAt: Date; endsAt: Date; clinician: { name: string }; clinic: { name: string } };

const toPortalDTO = (row: PortalVisitRow): PortalNextVisitDTO => ({
  id: row.id,
  type: row.type,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  clinicianName: row.clinician.name,
  clinicName: row.clinic.name,
});

/** The signed-in patient's next booked visit that has not ended, or null. Patient-scoped. */
export async function getNextVisit(scope: PatientScope, now: Date): Promise<PortalNextVisitDTO | null> {
  const row = await db.appointment.findFirst({
    where: { clinicId: scope.clinicId, patientId: scope.patientId, status: "BOOKED", endsAt: { gt: now } },
    select: PORTAL_VISIT_SELECT,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return row && toPortalDTO(row);
}

/** One booked visit of the signed-in patient (for its calendar file), or null for anyone else's. */
export async function getOwnBookedVisit(scope: PatientScope, appointmentId: string): Promise<PortalNextVisitDTO | null> {
  const row = await db.appointment.findFirst({ where: { id: appointmentId, clinicId: scope.clinicId, patientId: scope.patientId, status: "BOOKED" }, select: PORTAL_VISIT_SELECT });
  return row && toPortalDTO(row);
}
