import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { can, PERMISSIONS } from "./auth/permissions";
import { clinicScopeOf, getViewer, patientScopeOf, type Viewer } from "./auth/session";
import { AppError, messageForError } from "./errors";
import { logError } from "./logger";

/**
 * Server actions are public POST endpoints. Every staff action is built from authActionClient (staff only),
 * every portal action from patientActionClient (the signed-in patient's own record only). Each
 * authenticates, checks the permission the action declares in its metadata, and hands the action a
 * clinic or patient scope; only then does the action run. Errors reach the client as a coded
 * message, never as the exception's text.
 */
function handleServerError(error: Error): string {
  if (!(error instanceof AppError)) logError("server-action", error);
  return messageForError(error);
}

const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ permission: z.enum(PERMISSIONS) }),
  defaultValidationErrorsShape: "flattened",
  handleServerError,
});

/**
 * For the one kind of action a signed-out visitor may call: one whose input carries its own
 * credential (an invitation token, checked against its hash by the action). Nothing else uses it.
 */
export const tokenActionClient = createSafeActionClient({ defaultValidationErrorsShape: "flattened", handleServerError });

async function authorizedViewer(permission: (typeof PERMISSIONS)[number]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  // NOT_FOUND rather than "forbidden": a caller without the permission learns nothing about what exists.
  if (!can(viewer.role, permission)) throw new AppError("NOT_FOUND");
  return viewer;
}

export const authActionClient = actionClient.use(async ({ next, metadata }) => {
  const viewer = await authorizedViewer(metadata.permission);
  const scope = clinicScopeOf(viewer);
  if (!scope) throw new AppError("NOT_FOUND");
  return next({ ctx: { viewer, scope } });
});

/** Portal actions: the signed-in patient, scoped to their own record; an id from the form never widens it. */
export const patientActionClient = actionClient.use(async ({ next, metadata }) => {
  const viewer = await authorizedViewer(metadata.permission);
  const scope = await patientScopeOf(viewer);
  if (!scope) throw new AppError("NOT_FOUND");
  return next({ ctx: { viewer, scope } });
});

/** Actions on the caller's own account (any role): the viewer only, never another account's id. */
export const accountActionClient = actionClient.use(async ({ next, metadata }) => {
  const viewer = await authorizedViewer(metadata.permission);
  return next({ ctx: { viewer } });
});
