import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/core/calendar";
import { todayIsoDate } from "@/lib/core/dates";
import { previousPainState, type PainObservation } from "@/lib/portal/pain-rules";
import { createCareScenario } from "@/prisma/care-factories";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { PAIN_WINDOW_DAYS, type MorningPainRise } from "./alerts";
import { listCaseloadEpisodes } from "./data";

/**
 * R-PAIN's next-morning rule lives twice: previousPainState for the portal's advice, and a pairing in
 * the caseload's SQL (data.ts) for the dashboard. What the portal tells a patient the clinician will
 * see must be what the caseload shows: the same histories go through both and must give the same rise.
 */
const TODAY = todayIsoDate();

/** Days ago: a rest rating taken that day, or a next-morning rating given that day (about the day before). */
type History = { rests: { daysAgo: number; pain: number }[]; mornings: { daysAgo: number; pain: number }[] };

const HISTORIES: Record<string, History> = {
  "above the rest rating": { rests: [{ daysAgo: 10, pain: 2 }], mornings: [{ daysAgo: 1, pain: 3 }] },
  "equal to the rest rating": { rests: [{ daysAgo: 10, pain: 3 }], mornings: [{ daysAgo: 1, pain: 3 }] },
  "below an earlier morning": { rests: [{ daysAgo: 20, pain: 1 }], mornings: [{ daysAgo: 12, pain: 5 }, { daysAgo: 2, pain: 4 }] },
  "rest rating taken after the session": { rests: [{ daysAgo: 1, pain: 2 }], mornings: [{ daysAgo: 1, pain: 3 }] },
  "nothing before": { rests: [], mornings: [{ daysAgo: 1, pain: 6 }] },
  "morning over rest the same day": { rests: [{ daysAgo: 3, pain: 5 }], mornings: [{ daysAgo: 3, pain: 2 }, { daysAgo: 1, pain: 3 }] },
  "two rises, the worst counts": { rests: [{ daysAgo: 9, pain: 1 }], mornings: [{ daysAgo: 5, pain: 3 }, { daysAgo: 4, pain: 2 }, { daysAgo: 1, pain: 6 }] },
};

/** The worst rise in the caseload's window, by the portal's function. */
function expectedRise({ rests, mornings }: History): MorningPainRise | null {
  const observations: PainObservation[] = [
    ...rests.map(({ daysAgo, pain }) => ({ pain, observedOn: addDays(TODAY, -daysAgo), kind: "rest" as const })),
    ...mornings.map(({ daysAgo, pain }) => ({ pain, observedOn: addDays(TODAY, -daysAgo), kind: "morning" as const })),
  ];
  const windowFrom = addDays(TODAY, -PAIN_WINDOW_DAYS);
  const rises = mornings
    .map(({ daysAgo, pain }) => {
      const sessionDate = addDays(TODAY, -daysAgo - 1);
      return { pain, previous: previousPainState(observations, sessionDate), sessionDate };
    })
    .filter((rise): rise is MorningPainRise => rise.sessionDate >= windowFrom && rise.previous !== null && rise.pain > rise.previous)
    .sort((a, b) => b.pain - b.previous - (a.pain - a.previous) || b.sessionDate.localeCompare(a.sessionDate));
  return rises[0] ?? null;
}

let clinic: TestClinic;
const nameOf = new Map<string, string>();

beforeAll(async () => {
  clinic = await createTestClinic();
  for (const [name, history] of Object.entries(HISTORIES)) {
    const { episodeId } = await createCareScenario(testDb, TODAY, {
      clinicId: clinic.clinicId,
      clinicianId: clinic.scope.actorId,
      patient: { firstName: "Morning", lastName: name, recordNumber: `MP-${randomUUID().slice(0, 8)}` },
      phase: "PREVENTION",
      onsetDaysAgo: 30,
      assessments: history.rests.map(({ daysAgo, pain }) => ({ daysAgo, restPain: pain })),
      morningPains: history.mornings,
    });
    nameOf.set(episodeId, name);
  }
}, 60_000);

afterAll(() => testDb.$disconnect());

describe("next-morning pain against the state before the session, TypeScript and SQL", () => {
  it("find the same rise, or none, for every history", async () => {
    const episodes = await listCaseloadEpisodes(clinic.scope, null, TODAY);
    const bySql = Object.fromEntries(episodes.map((episode) => [nameOf.get(episode.episodeId)!, episode.morningPainRise]));
    const byTypeScript = Object.fromEntries(Object.entries(HISTORIES).map(([name, history]) => [name, expectedRise(history)]));
    expect(bySql).toEqual(byTypeScript);
    expect(byTypeScript).toMatchObject({
      "above the rest rating": { pain: 3, previous: 2 },
      "equal to the rest rating": null,
      "below an earlier morning": null,
      "rest rating taken after the session": null,
      "nothing before": null,
      "morning over rest the same day": { pain: 3, previous: 2 },
      "two rises, the worst counts": { pain: 6, previous: 2 },
    });
  });
});
