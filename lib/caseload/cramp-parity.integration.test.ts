import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIsoDate } from "@/lib/core/dates";
import { crampRedFlags, strainAnswers } from "@/lib/cramps/red-flags";
import { CRAMP_CONTEXT_LABELS, type CrampContext, type MuscleSite, type StrainSign } from "@/lib/cramps/labels";
import { createCareScenario } from "@/prisma/care-factories";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { listCaseloadEpisodes } from "./data";

/**
 * R-CRAMP lives twice: crampRedFlags for the diary and the portal, and a count in the caseload's SQL
 * (data.ts) so the dashboard stays one statement. The same cramps go through both, one per episode,
 * and each must be a red flag in both or in neither.
 */
const TODAY = todayIsoDate();
const CONTEXTS = Object.keys(CRAMP_CONTEXT_LABELS) as CrampContext[];
const SITES: MuscleSite[] = ["HAMSTRING_LATERAL", "HAMSTRING_UNSPECIFIED", "CALF"];
const STRAIN: StrainSign[][] = [[], ["NONE"], ["LASTING_TENDERNESS"]];

const cramps = CONTEXTS.flatMap((context) =>
  SITES.flatMap((muscleSite) =>
    [false, true].flatMap((systemicSymptoms) => STRAIN.map((signs) => ({ context, muscleSite, systemicSymptoms, ...strainAnswers(signs) }))),
  ),
);

let clinic: TestClinic;
const episodeOf = new Map<string, (typeof cramps)[number]>();

beforeAll(async () => {
  clinic = await createTestClinic();
  await Promise.all(
    cramps.map(async (cramp, index) => {
      const { episodeId } = await createCareScenario(testDb, TODAY, {
        clinicId: clinic.clinicId,
        clinicianId: clinic.scope.actorId,
        patient: { firstName: "Cramp", lastName: `Case ${index}`, recordNumber: `CP-${randomUUID().slice(0, 8)}` },
        phase: "PREVENTION",
        onsetDaysAgo: 30,
        cramps: [{ daysAgo: 1, ...cramp }],
      });
      episodeOf.set(episodeId, cramp);
    }),
  );
}, 90_000);

afterAll(() => testDb.$disconnect());

describe("cramp red flags, TypeScript and SQL", () => {
  it("agree on every combination of context, site, systemic symptoms and strain signs", async () => {
    const episodes = await listCaseloadEpisodes(clinic.scope, null, TODAY);
    expect(episodes).toHaveLength(cramps.length);
    const disagreements = episodes.flatMap(({ episodeId, redFlagCramps }) => {
      const cramp = episodeOf.get(episodeId)!;
      const expected = crampRedFlags(cramp).length > 0 ? 1 : 0;
      return expected === redFlagCramps ? [] : [{ ...cramp, sql: redFlagCramps, typescript: expected }];
    });
    expect(disagreements).toEqual([]);
    // The fixture holds both outcomes, so agreement is not agreement on "never".
    expect(episodes.filter((episode) => episode.redFlagCramps > 0).length).toBeGreaterThan(0);
    expect(episodes.filter((episode) => episode.redFlagCramps === 0).length).toBeGreaterThan(0);
  });
});
