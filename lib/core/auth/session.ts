import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { knownTimeZoneOr } from "@/lib/core/time-zones";
import { unsafeGetSessionAccount } from "./data";
import { authOptions } from "./options";
import { can, isStaff, type Permission, type Role } from "./permissions";

export type Viewer = {
  id: string;
  name: string;
  role: Role;
  clinicId: string;
  patientId: string | null;
  /** The clinic's IANA zone (Clinic settings), read with the session on every request. */
  clinicTimeZone: string;
};

declare const scopeBrand: unique symbol;

/**
 * Proof that the caller was authenticated and authorized for one clinic. Only this module makes
 * one, so a data function that takes a ClinicScope cannot be called with an id from a URL or form.
 * It carries the clinic's time zone, so a rule's "today" is the clinic's (`todayIn(scope.timeZone)`).
 */
export type ClinicScope = { readonly clinicId: string; readonly actorId: string; readonly timeZone: string; readonly [scopeBrand]: true };

/** The same proof for a patient signed in to the portal: their own record and nothing else. */
export type PatientScope = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly actorId: string;
  /**
   * The clinic's zone, for a reader of the clinic's records (clinicScopeForOwnRecord). The portal's own
   * days are the patient's, from their browser's zone (lib/portal/local-date.ts), never this one.
   */
  readonly clinicTimeZone: string;
  readonly [scopeBrand]: true;
};

/** What a session cookie claims, as next-auth decodes it. */
export type SessionClaims = { id: string; name: string; role: Role; clinicId: string; patientId: string | null; sessionGeneration: number };

/**
 * The viewer a session's claims stand for, or null. A valid cookie is not enough: the account must
 * still be active, in the same clinic with the same role, and in the session generation the cookie
 * was issued in, so deactivation, a role change, a password change, portal revocation and "sign out
 * everywhere" end the session on its next request. One primary-key lookup, cached per request.
 */
export async function viewerForSession(claims: Partial<SessionClaims> | undefined): Promise<Viewer | null> {
  if (!claims?.id || !claims.role || !claims.clinicId) return null;
  const account = await unsafeGetSessionAccount(claims.id);
  const current =
    account?.status === "ACTIVE" &&
    account.role === claims.role &&
    account.clinicId === claims.clinicId &&
    account.sessionGeneration === claims.sessionGeneration;
  if (!current) return null;
  return {
    id: claims.id,
    name: claims.name ?? "",
    role: claims.role,
    clinicId: claims.clinicId,
    patientId: claims.patientId ?? null,
    // Stored only from the settings form's list; a zone this runtime does not know reads as UTC, never a crash.
    clinicTimeZone: knownTimeZoneOr(account.clinic.timeZone),
  };
}

/** The signed-in user for this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerForSession((await getServerSession(authOptions))?.user));

/** A clinic scope for staff only; a portal account never holds one. */
export function clinicScopeOf(viewer: Viewer): ClinicScope | null {
  if (!isStaff(viewer.role)) return null;
  return { clinicId: viewer.clinicId, actorId: viewer.id, timeZone: viewer.clinicTimeZone } as ClinicScope;
}

/**
 * A clinic scope for a FHIR API key (lib/core/auth/api-keys.ts), as looked up by its token's hash; null
 * once revoked. The key is the actor: audit events of its reads carry the key's id, which the Activity
 * page names "API key: <name>".
 */
export function clinicScopeOfApiKey(key: { id: string; clinicId: string; revokedAt: Date | null; clinic: { timeZone: string } }): ClinicScope | null {
  if (key.revokedAt) return null;
  return { clinicId: key.clinicId, actorId: key.id, timeZone: knownTimeZoneOr(key.clinic.timeZone) } as ClinicScope;
}

/**
 * A patient scope, only while the account is still the patient's portal account and the patient is
 * active: revoking access or archiving the patient takes effect on the next request, not when the
 * session cookie expires.
 */
export const patientScopeOf = cache(async (viewer: Viewer): Promise<PatientScope | null> => {
  if (viewer.role !== "PATIENT" || !viewer.patientId) return null;
  // The same cached lookup getViewer made: the account's linked patient, read on every request.
  const linked = (await unsafeGetSessionAccount(viewer.id))?.patient;
  if (linked?.id !== viewer.patientId || linked.clinicId !== viewer.clinicId || linked.status !== "ACTIVE") return null;
  return { clinicId: viewer.clinicId, patientId: viewer.patientId, actorId: viewer.id, clinicTimeZone: viewer.clinicTimeZone } as PatientScope;
});

/**
 * The clinic scope a patient's own record is read with (their data download): the reader it is passed
 * to must be given `scope.patientId` and no other patient, so it holds no more than the patient scope.
 */
export function clinicScopeForOwnRecord(scope: PatientScope): ClinicScope {
  return { clinicId: scope.clinicId, actorId: scope.actorId, timeZone: scope.clinicTimeZone } as ClinicScope;
}

/**
 * Page gate: sends the signed-out to sign in, and answers 404 to a signed-in user whose role lacks
 * the permission, so a screen they may not use does not even admit it exists.
 */
export async function requireViewer(permission: Permission): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (!can(viewer.role, permission)) notFound();
  return viewer;
}

export async function requireClinicScope(permission: Permission): Promise<{ viewer: Viewer; scope: ClinicScope }> {
  const viewer = await requireViewer(permission);
  const scope = clinicScopeOf(viewer);
  if (!scope) notFound();
  return { viewer, scope };
}

export async function requirePatientScope(): Promise<{ viewer: Viewer; scope: PatientScope }> {
  const viewer = await requireViewer("portal:self");
  const scope = await patientScopeOf(viewer);
  if (!scope) notFound();
  return { viewer, scope };
}

/**
 * A clinic scope for a background job that acts for the clinic as a whole and writes only derived rows
 * (the dashboard's stored alerts, lib/caseload/jobs.ts). It has no actor: an audit event written with it
 * fails (actor ids are accounts), so it cannot change clinical data in anyone's name.
 */
export function clinicScopeForJob(clinic: { id: string; timeZone: string }): ClinicScope {
  return { clinicId: clinic.id, actorId: "", timeZone: knownTimeZoneOr(clinic.timeZone) } as ClinicScope;
}
