/**
 * Fixtures for portal integration tests: an active episode and a saved program for a portal patient
 * (createPortalPatient), made through the app's own mutations.
 */
import { saveProgram } from "@/lib/programs/mutations";
import type { ProgramItem } from "@/lib/programs/schema";
import { testDb, type TestClinic as Clinic } from "./integration-fixtures";

export { openTestEpisode } from "./integration-fixtures";

/** A portal patient of the clinic (portal-patient-fixture.ts), for portal tests that also need an episode and a program. */
export { createPortalPatient } from "./portal-patient-fixture";


/** Saves the next program version and returns its item ids in order (as the portal sends them). */
export async function saveTestProgram(clinic: Clinic, episodeId: string, baseVersion: number, items: ProgramItem[]): Promise<string[]> {
  const saved = await saveProgram(clinic.scope, { episodeId, baseVersion, note: "", items });
  if (!saved.ok) throw new Error(JSON.stringify(saved.fieldErrors));
  const program = await testDb.program.findFirstOrThrow({
    where: { episodeId, version: saved.value.version },
    select: { items: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  return program.items.map((item) => String(item.id));
}
