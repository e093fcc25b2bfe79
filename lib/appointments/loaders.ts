import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DEFAULT_VISIT_MINUTES, VISIT_TYPES, visitMinutesOf, type VisitType } from "@/lib/clinics/visit-types";
import { can } from "@/lib/core/auth/permissions";
import { getViewer, patientScopeOf, requireClinicScope, requirePatientScope, type Viewer } from "@/lib/core/auth/session";
import { addDays, eachDay } from "@/lib/core/calendar";
import { todayIn } from "@/lib/core/dates";
import { calendarDayIn, startOfDayIn } from "@/lib/core/time-zones";
import { loadPatientToday } from "@/lib/portal/loaders";
import { visitCalendarFile } from "./calendar-file";
import { wallClockIn } from "./clinic-clock";
import { getAppointment, getBookingPatient, getClinicVisitMinutes, getDiaryClinician, getNextVisit, getOwnBookedVisit, listDiary, listDiaryClinicians, listPatientVisits } from "./data";
import { diaryDays, parseDiaryParams } from "./diary-params";
import { parsePastVisitsPage } from "./visit-history";
import { z } from "zod";
import type { RawSearchParams } from "@/lib/core/url-state";
import type { AppointmentPageDTO, BookingPageDTO, DiaryDay, DiaryFrameDTO, PatientVisitsDTO, PortalNextVisitDTO } from "./types";

const anyClinician = (viewer: Viewer) => can(viewer.role, "appointments:all-clinicians");
const uuid = z.uuid();

/**
 * The diary's frame: who and which days, as the URL asks, in the clinic's zone. Clinicians see their own
 * diary; an admin may pick any clinician of the clinic. Another clinician's diary, for a clinician, is a
 * real 404: decided here, before the page streams (its visits load in a Suspense boundary).
 */
const diaryFrame = cache(async (view: string, date: string, clinicianParam: string): Promise<DiaryFrameDTO> => {
  const { viewer, scope } = await requireClinicScope("appointments:read");
  const params = parseDiaryParams({ view, date, clinician: clinicianParam });
  const clinicianId = params.clinician || viewer.id;
  if (clinicianId !== viewer.id && !anyClinician(viewer)) notFound();
  const [clinician, clinicians] = await Promise.all([
    getDiaryClinician(scope, clinicianId),
    anyClinician(viewer) ? listDiaryClinicians(scope) : Promise.resolve([]),
  ]);
  if (!clinician) notFound();
  const today = todayIn(scope.timeZone);
  const day = params.date || today;
  const { from, to } = diaryDays(params.view, day);
  return { params, timeZone: scope.timeZone, day, today, from, to, clinician, clinicians: clinicians.length ? clinicians : [clinician] };
});

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function loadDiary(raw: RawSearchParams): Promise<DiaryFrameDTO> {
  return diaryFrame(first(raw.view), first(raw.date), first(raw.clinician));
}

/** The frame's visits, day by day (the day of a visit is its start's day in the clinic's zone). */
export async function loadDiaryDays(raw: RawSearchParams): Promise<DiaryDay[]> {
  const { scope } = await requireClinicScope("appointments:read");
  const frame = await loadDiary(raw);
  const appointments = await listDiary(scope, frame.clinician.id, startOfDayIn(scope.timeZone, frame.from), startOfDayIn(scope.timeZone, addDays(frame.to, 1)));
  return eachDay(frame.from, frame.to).map((date) => ({ day: date, appointments: appointments.filter((visit) => calendarDayIn(scope.timeZone, new Date(visit.startsAt)) === date) }));
}

/** The next whole quarter hour after now, as the clinic's wall clock: the booking form's first start. */
function nextQuarterHour(zone: string, now: Date): string {
  const quarter = 15 * 60_000;
  return wallClockIn(zone, new Date(Math.ceil((now.getTime() + 1) / quarter) * quarter));
}

/**
 * The booking form for a patient of the clinic (404 for any other id); null when the URL names no
 * patient (the page then says how to choose one). An archived patient cannot be booked.
 */
export const loadBookingPage = cache(async (patientId: string | undefined, type: string | undefined): Promise<BookingPageDTO | null> => {
  const { viewer, scope } = await requireClinicScope("appointments:write");
  if (patientId === undefined) return null;
  if (!uuid.safeParse(patientId).success) notFound();
  const [patient, minutes, clinicians] = await Promise.all([
    getBookingPatient(scope, patientId),
    getClinicVisitMinutes(scope),
    anyClinician(viewer) ? listDiaryClinicians(scope) : getDiaryClinician(scope, viewer.id).then((self) => (self ? [self] : [])),
  ]);
  if (!patient) notFound();
  const visitMinutes = Object.fromEntries(VISIT_TYPES.map((kind) => [kind, visitMinutesOf(minutes, kind)])) as Record<VisitType, number>;
  const defaultType: VisitType = (VISIT_TYPES as readonly string[]).includes(type ?? "") ? (type as VisitType) : "TREATMENT";
  return {
    patient: { id: patient.id, name: `${patient.firstName} ${patient.lastName}` },
    archived: patient.status !== "ACTIVE",
    timeZone: scope.timeZone,
    clinicians,
    episodes: patient.episodes.map((episode) => ({ id: episode.id, name: episode.diagnosis })),
    visitMinutes,
    defaults: {
      clinicianId: clinicians.some((clinician) => clinician.id === viewer.id) ? viewer.id : (clinicians[0]?.id ?? ""),
      type: defaultType,
      start: nextQuarterHour(scope.timeZone, new Date()),
      minutes: String(visitMinutes[defaultType] ?? DEFAULT_VISIT_MINUTES[defaultType]),
      episodeId: patient.episodes[0]?.id ?? "",
    },
  };
});

/** One visit of a diary the viewer may see (their own, or any for admins), with its times as the forms edit them. */
export const loadAppointmentPage = cache(async (appointmentId: string): Promise<AppointmentPageDTO> => {
  const { viewer, scope } = await requireClinicScope("appointments:read");
  if (!uuid.safeParse(appointmentId).success) notFound();
  const appointment = await getAppointment(scope, appointmentId, anyClinician(viewer) ? undefined : viewer.id);
  if (!appointment) notFound();
  const starts = new Date(appointment.startsAt);
  // Anyone who may change the visit may hand it to any active clinician of the clinic, a clinician too.
  const active = appointment.status === "BOOKED" ? await listDiaryClinicians(scope) : [];
  const clinicians = appointment.status !== "BOOKED" || active.some((one) => one.id === appointment.clinician.id) ? active : [appointment.clinician, ...active];
  return {
    appointment,
    clinicians,
    timeZone: scope.timeZone,
    startWallClock: wallClockIn(scope.timeZone, starts),
    minutes: Math.round((Date.parse(appointment.endsAt) - starts.getTime()) / 60_000),
    started: starts.getTime() <= Date.now(),
  };
});

/**
 * The diary's note after a clinician handed one of their visits to a colleague (?handedTo=<their id>):
 * the colleague's name, or null for no, a malformed or another clinic's id.
 */
export async function loadHandOverNotice(raw: RawSearchParams): Promise<string | null> {
  const { scope } = await requireClinicScope("appointments:read");
  const id = first(raw.handedTo);
  if (!uuid.safeParse(id).success) return null;
  return (await getDiaryClinician(scope, id))?.name ?? null;
}

/** The patient page's visits: upcoming, and the URL's page of past ones, for any staff member who may read the patient. */
export async function loadPatientVisits(patientId: string, raw: RawSearchParams): Promise<PatientVisitsDTO> {
  const { scope } = await requireClinicScope("patients:read");
  if (!uuid.safeParse(patientId).success) notFound();
  return { ...(await listPatientVisits(scope, patientId, new Date(), parsePastVisitsPage(raw))), timeZone: scope.timeZone };
}

/** The portal home's next visit, with the patient's own zone to show it in. */
export async function loadPortalNextVisit(): Promise<{ visit: PortalNextVisitDTO | null; timeZone: string }> {
  const { scope } = await requirePatientScope();
  const [visit, { timeZone }] = await Promise.all([getNextVisit(scope, new Date()), loadPatientToday()]);
  return { visit, timeZone };
}

const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * "Add to calendar": the signed-in patient's own booked visit as an .ics file. Anyone else's visit, a
 * cancelled one, a malformed id and any caller who is not that patient get the same 404.
 */
export async function ownVisitCalendarDownload(request: Request, appointmentId: string): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) {
    const url = new URL(request.url);
    const login = new URL("/login", url);
    login.searchParams.set("callbackUrl", url.pathname);
    return Response.redirect(login, 303);
  }
  const scope = await patientScopeOf(viewer);
  if (!scope || !uuid.safeParse(appointmentId).success) return notFoundResponse();
  const visit = await getOwnBookedVisit(scope, appointmentId);
  if (!visit) return notFoundResponse();
  const day = calendarDayIn("UTC", new Date(visit.startsAt));
  return new Response(visitCalendarFile(visit), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="visit-${day}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
