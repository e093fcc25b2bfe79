import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessment } from "@/lib/assessments/mutations";
import { emptyAssessment } from "@/lib/assessments/schema";
import { openEpisode, setEpisodeStatus } from "@/lib/episodes/mutations";
import { saveProgram } from "@/lib/programs/mutations";
import { itemFromLibrary } from "@/lib/programs/items";
import { createTestClinic, openTestEpisode, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { createPatient, setPatientArchived } from "./mutations";

let clinic: TestClinic;

beforeAll(async () => {
  clinic = await createTestClinic();
});

afterAll(async () => {
  await testDb.$disconnect();
});

async function patientWithEpisode() {
  const patient = await createPatient(clinic.scope, patientFields());
  if (!patient.ok) throw new Error("no patient");
  const episodeId = await openTestEpisode(clinic, patient.value.id, { diagnosis: "Right hamstring strain", side: "RIGHT" });
  return { patientId: patient.value.id, episodeId };
}

const rowCounts = async (patientId: string) => ({
  assessments: await testDb.assessment.count({ where: { patientId } }),
  episodes: await testDb.episode.count({ where: { patientId } }),
  programs: await testDb.program.count({ where: { episode: { patientId } } }),
});

describe("read-only records", () => {
  it("an archived patient takes no new assessment, episode or program, each refused with a message", async () => {
    const { patientId, episodeId } = await patientWithEpisode();
    await setPatientArchived(clinic.scope, { id: patientId, archived: true });
    const before = await rowCounts(patientId);

    const assessment = await createAssessment(clinic.scope, { ...emptyAssessment(clinic.scope.actorId, "2026-11-01"), patientId, requestId: randomUUID() });
    const episode = await openEpisode(clinic.scope, {
      patientId,
      requestId: randomUUID(),
      diagnosis: "Another strain",
      icd10Code: "",
      side: "LEFT",
      onsetDate: "2026-11-02",
      mechanism: "OTHER",
      clinicianId: clinic.scope.actorId,
    });
    const program = await saveProgram(clinic.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromLibrary("EX03")] });

    for (const result of [assessment, episode, program]) {
      expect(result).toMatchObject({ ok: false, fieldErrors: { _form: [expect.stringContaining("archived")] } });
    }
    expect(await rowCounts(patientId)).toEqual(before);

    // Restored, the same writes go through.
    await setPatientArchived(clinic.scope, { id: patientId, archived: false });
    expect((await saveProgram(clinic.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromLibrary("EX03")] })).ok).toBe(true);
  });

  it("a finished episode takes no new program version and no newly linked assessment", async () => {
    const { patientId, episodeId } = await patientWithEpisode();
    expect((await setEpisodeStatus(clinic.scope, { episodeId, version: 1, status: "FINISHED" })).ok).toBe(true);
    const before = await rowCounts(patientId);

    expect(await saveProgram(clinic.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromLibrary("EX03")] })).toMatchObject({
      ok: false,
      fieldErrors: { _form: [expect.stringContaining("finished")] },
    });
    expect(await createAssessment(clinic.scope, { ...emptyAssessment(clinic.scope.actorId, "2026-11-01"), episodeId, patientId, requestId: randomUUID() })).toMatchObject({
      ok: false,
      fieldErrors: { episodeId: [expect.stringContaining("finished")] },
    });
    expect(await rowCounts(patientId)).toEqual(before);
  });
});
