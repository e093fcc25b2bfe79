"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/core/auth/permissions";
import type { Viewer } from "@/lib/core/auth/session";
import { authActionClient } from "@/lib/core/safe-action";
import { bookAppointment, cancelAppointment, markAppointment, moveAppointment, type DiaryAccess } from "./mutations";
import { bookAppointmentSchema, cancelAppointmentSchema, markAppointmentSchema, moveAppointmentSchema } from "./schema";

/** Clinicians write in their own diary; admins (appointments:all-clinicians) in anyone's of the clinic. */
const accessOf = (viewer: Viewer): DiaryAccess => ({ anyClinician: can(viewer.role, "appointments:all-clinicians") });

const revalidate = () => {
  revalidatePath("/appointments", "layout");
  revalidatePath("/patients", "layout");
};

export const bookAppointmentAction = authActionClient
  .metadata({ permission: "appointments:write" })
  .inputSchema(bookAppointmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await bookAppointment(ctx.scope, accessOf(ctx.viewer), parsedInput);
    if (result.ok) revalidate();
    return result;
  });

export const moveAppointmentAction = authActionClient
  .metadata({ permission: "appointments:write" })
  .inputSchema(moveAppointmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await moveAppointment(ctx.scope, accessOf(ctx.viewer), parsedInput);
    if (result.ok) revalidate();
    return result;
  });

export const cancelAppointmentAction = authActionClient
  .metadata({ permission: "appointments:write" })
  .inputSchema(cancelAppointmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await cancelAppointment(ctx.scope, accessOf(ctx.viewer), parsedInput);
    if (result.ok) revalidate();
    return result;
  });

export const markAppointmentAction = authActionClient
  .metadata({ permission: "appointments:write" })
  .inputSchema(markAppointmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await markAppointment(ctx.scope, accessOf(ctx.viewer), parsedInput);
    if (result.ok) revalidate();
    return result;
  });
