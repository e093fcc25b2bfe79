import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/core/db";
import { authOptions } from "./options";
import { can, isStaff, type Permission, type Role } from "./permissions";

export type Viewer = {
  id: string;
  name: string;
  role: Role;
  clinicId: string;
  patientId: string | null;
};

declare const scopeBrand: unique symbol;

/**
 * Proof that the caller was authenticated and authorized for one clinic. Only this module makes
 * one, so a data function that takes a ClinicScope cannot be called with an id from a URL or form.
 */
export type ClinicScope = { readonly clinicId: string; readonly actorId: string; readonly [scopeBrand]: true };

/** The same proof for a patient signed in to the portal: their own record and nothing else. */
export type PatientScope = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly actorId: string;
  readonly [scopeBrand]: true;
};

/** The signed-in user for this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.role || !user.clinicId) return null;
  return { id: user.id, name: user.name, role: user.role, clinicId: user.clinicId, patientId: user.patientId ?? null };
});

/** A clinic scope for staff only; a portal account never holds one. */
export function clinicScopeOf(viewer: Viewer): ClinicScope | null {
  if (!isStaff(viewer.role)) return null;
  return { clinicId: viewer.clinicId, actorId: viewer.id } as ClinicScope;
}

/**
 * A patient scope, only while the account is still the patient's portal account and the patient is
 * active: revoking access or archiving the patient takes effect on the next request, not when the
 * session cookie expires.
 */
export const patientScopeOf = cache(async (viewer: Viewer): Promise<PatientScope | null> => {
  if (viewer.role !== "PATIENT" || !viewer.patientId) return null;
  const linked = await db.patient.count({
    where: { id: viewer.patientId, clinicId: viewer.clinicId, portalUserId: viewer.id, status: "ACTIVE" },
  });
  if (!linked) return null;
  return { clinicId: viewer.clinicId, patientId: viewer.patientId, actorId: viewer.id } as PatientScope;
});

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
