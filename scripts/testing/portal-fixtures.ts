/**
 * Fixtures for portal integration tests: an active episode and a saved program for a portal patient
 * (createPortalPatient), made through the app's own mutations.
 */
import { randomUUID } from "node:crypto";
import { openEpisode } from "@/lib/episodes/mutations";
import { saveProgram } from "@/lib/programs/mutations";
import type { ProgramItem } from "@/lib/programs/schema";
import { testDb, type TestClinic as Clinic } from "./integration-fixtures";

/** A portal patient of the clinic (portal-patient-fixture.ts), for portal tests that also need an episode and a program. */
export { createPortalPatient } from "./portal-patient-fixture";

export async function openTestEpisode(clinic: Clinic, patientId: string): Promise<string> {
  const episode = await openEpisode(clinic.scope, {
    patientId,
    requestId: randomUUID(),
    diagnosis: "Left hamstring strain",
    icd10Code: "",
    side: "LEFT",
    onsetDate: "2026-11-01",
    mechanism: "SPRINTING",
    clinicianId: clinic.scope.actorId,
  });
  if (!episode.ok) throw new Error("episode not opened");
  return episode.value.id;
}

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
