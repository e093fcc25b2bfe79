"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/core/safe-action";
import { changePhase, openEpisode, setEpisodeStatus } from "./mutations";
import { changePhaseSchema, openEpisodeSchema, setEpisodeStatusSchema } from "./schema";

export const openEpisodeAction = authActionClient
  .metadata({ permission: "episodes:write" })
  .inputSchema(openEpisodeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await openEpisode(ctx.scope, parsedInput);
    if (result.ok) revalidatePath(`/patients/${parsedInput.patientId}`, "layout");
    return result;
  });

export const changePhaseAction = authActionClient
  .metadata({ permission: "episodes:write" })
  .inputSchema(changePhaseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changePhase(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/patients", "layout");
    return result;
  });

export const setEpisodeStatusAction = authActionClient
  .metadata({ permission: "episodes:write" })
  .inputSchema(setEpisodeStatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setEpisodeStatus(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/patients", "layout");
    return result;
  });
