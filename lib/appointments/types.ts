import type { VisitType } from "@/lib/clinics/visit-types";
import type { DiaryParams } from "./diary-params";
import type { AppointmentStatus } from "./labels";

/** A person or record to choose or link to. */
export type NamedOption = { id: string; name: string };

/** One visit as staff see it; times are ISO instants, shown in the clinic's zone. */
export type AppointmentDTO = {
  id: string;
  type: VisitType;
  status: AppointmentStatus;
  startsAt: string;
  endsAt: string;
  version: number;
  patient: NamedOption;
  clinician: NamedOption;
  cancelReason: string | null;
  moveReason: string | null;
};

export type DiaryDay = { day: string; appointments: AppointmentDTO[] };

/** A clinician's day or week: whose, which days. `clinicians` lists whom the viewer may pick (only themselves unless an admin). */
export type DiaryFrameDTO = {
  params: DiaryParams;
  /** The clinic's zone: the diary's days and times are in it. */
  timeZone: string;
  day: string;
  today: string;
  from: string;
  to: string;
  clinician: NamedOption;
  clinicians: NamedOption[];
};

/** The booking page for one patient: whom and what may be chosen, and each type's default length. */
export type BookingPageDTO = {
  patient: NamedOption;
  /** An archived patient is read-only: no new bookings. */
  archived: boolean;
  timeZone: string;
  clinicians: NamedOption[];
  episodes: NamedOption[];
  visitMinutes: Record<VisitType, number>;
  defaults: { clinicianId: string; type: VisitType; start: string; minutes: string; episodeId: string };
};

/** One visit's page; `clinicians` are whom a booked visit may be handed to (the clinic's active clinicians, and its own). */
export type AppointmentPageDTO = { appointment: AppointmentDTO; timeZone: string; startWallClock: string; minutes: number; started: boolean; clinicians: NamedOption[] };

/** The Visits tab: every upcoming visit, and one page of past ones with how many there are. */
export type PatientVisitsDTO = { upcoming: AppointmentDTO[]; past: { visits: AppointmentDTO[]; total: number; page: number }; timeZone: string };

/** The portal's next visit: no health details beyond its kind. */
export type PortalNextVisitDTO = { id: string; type: VisitType; startsAt: string; endsAt: string; clinicianName: string; clinicName: string };
