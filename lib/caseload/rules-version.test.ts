import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import { addDays } from "@/lib/core/calendar";
import { gateInputsFrom, type GateEvidence } from "@/lib/episodes/gate-evidence";
import { evaluateGate } from "@/lib/episodes/gates";
import { PHASES, type Phase } from "@/lib/episodes/phases";
import { SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { row } from "@/scripts/testing/measurement-row-builder";
import { ALERT_KINDS } from "./alerts";
import { alertsOf, type CaseloadEpisode } from "./caseload";
import type { SavedVersion } from "./load-jumps";
import { CASELOAD_RULES_VERSION } from "./rules-version";

/**
 * Stored dashboard alerts are trusted while CASELOAD_RULES_VERSION is the one they were computed by. This
 * pins what the rules — alerts, load jumps, phase gates and their evidence — answer for a fixed set of
 * 600 varied episodes, beside the version name. When a rule change alters any answer the fingerprint
 * moves: give CASELOAD_RULES_VERSION a new name and put both here, so yesterday's stored alerts are not
 * shown as today's.
 */
const PINNED = { version: "2026-12-07", fingerprint: "13f2ad3fdb5c4f778a02a97b491484957da513396bdfed32abc83980e7becb83" };

const TODAY = "2026-11-26";

/** A small deterministic generator (mulberry32), so the episodes are the same on every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]) => values[int(0, values.length - 1)]!;
  const maybe = <T>(value: () => T, chance = 0.7) => (next() < chance ? value() : null);
  const daysAgo = (max: number) => addDays(TODAY, -int(0, max));
  return { int, pick, maybe, daysAgo };
}

const DOSE = { sets: 3, reps: 10, holdSeconds: null, loadKg: null, perWeek: 3, perDay: null, everyDays: null, durationSeconds: null, distanceM: null, loadChangeReason: null };

function corpus() {
  const g = generator(2026);
  const episodes: CaseloadEpisode[] = [];
  const recentVersions = new Map<string, SavedVersion[]>();
  const gates = new Map<string, ReturnType<typeof evaluateGate>>();
  for (let i = 0; i < 600; i++) {
    const id = `E${i}`;
    const phase: Phase = g.pick(PHASES);
    const startedOn = g.daysAgo(120);
    episodes.push({
      episodeId: id,
      patientId: `P${i}`,
      firstName: "Casey",
      lastName: id,
      recordNumber: id,
      diagnosis: "Hamstring strain",
      phase,
      startedOn,
      maxPainDuring: g.maybe(() => g.int(0, 10)),
      morningPainRise: g.maybe(() => ({ pain: g.int(0, 10), previous: g.int(0, 10), sessionDate: g.daysAgo(6) }), 0.4),
      restPain: { baseline: g.maybe(() => g.int(0, 10)), latest: g.maybe(() => g.int(0, 10)) },
      firstProgramOn: g.maybe(() => g.daysAgo(60), 0.8),
      lastLogOn: g.maybe(() => g.daysAgo(14)),
      lastAssessedOn: g.maybe(() => g.daysAgo(60)),
      redFlagCramps: g.pick([0, 0, 0, 1, 2]),
    });
    if (g.maybe(() => true, 0.4)) {
      const code = g.pick(["EX25", "EX14", "EX03", "EX30"]);
      const reps = g.int(6, 12);
      recentVersions.set(id, [
        { version: 1, savedOn: g.daysAgo(30), items: [{ ...DOSE, exerciseCode: code, reps, loadKg: g.pick([null, 5, 10]) }] },
        {
          version: 2,
          savedOn: g.daysAgo(10),
          items: [{ ...DOSE, exerciseCode: code, reps: reps + g.int(-2, 6), loadKg: g.pick([null, 5, 10, 15]), loadChangeReason: g.pick([null, null, "Tolerated well"]) }],
        },
      ]);
    }
    const side = g.pick(["LEFT", "RIGHT", "BOTH"] as const);
    const rows: MeasurementRow[] = [
      row("mmt-knee-flex", "LEFT", g.int(3, 12), { flag: g.pick([false, false, true, null]) }),
      row("mmt-knee-flex", "RIGHT", g.int(3, 12), { flag: g.pick([false, false, true, null]) }),
      row("ake-knee-flex-angle", "LEFT", g.int(20, 40)),
      row("ake-knee-flex-angle", "RIGHT", g.int(20, 40)),
      row("nprs", "NONE", g.pick([0, 0, 0, 3]), { context: "on_palpation" }),
      row("nprs", "NONE", g.pick([0, 0, 0, 2]), { context: "on_resisted_test" }),
      row("nprs", "NONE", g.pick([0, 0, 0, 4]), { context: "on_stretch" }),
    ].filter(() => g.int(0, 9) > 0);
    const worstPain = g.pick([1, 2, 3, 6]);
    const evidence: GateEvidence = {
      loggedDays: Array.from({ length: g.int(0, 20) }, () => ({ exerciseCode: "EX25", performedOn: g.daysAgo(13), sessions: g.int(1, 2), maxPainDuring: g.maybe(() => g.int(0, worstPain), 0.9) })),
      versions: [{ from: g.daysAgo(40), items: [{ id: "1", exerciseCode: "EX25", perWeek: g.int(2, 5), perDay: g.pick([null, 1]) }] }],
      statusChanges: g.maybe(() => [{ toStatus: "ON_HOLD" as const, on: g.daysAgo(10) }, { toStatus: "ACTIVE" as const, on: g.daysAgo(5) }], 0.15) ?? [],
      latestAssessment: g.maybe(() => ({ assessedOn: g.daysAgo(30), rows }), 0.9),
    };
    gates.set(id, evaluateGate(phase, gateInputsFrom({ side, onsetDate: startedOn }, evidence, TODAY)));
  }
  return { episodes, catalogue: SHARED_CATALOGUE, recentVersions, gates };
}

describe("CASELOAD_RULES_VERSION", () => {
  const input = corpus();
  const alerts = alertsOf(input, TODAY);
  const answers = input.episodes.map((episode) => [episode.episodeId, alerts.get(episode.episodeId), input.gates.get(episode.episodeId)]);
  const fingerprint = createHash("sha256").update(JSON.stringify(answers)).digest("hex");

  it("is checked against episodes that raise every kind of alert", () => {
    const kinds = new Set([...alerts.values()].flatMap((found) => found.map((alert) => alert.kind)));
    expect([...kinds].sort()).toEqual([...ALERT_KINDS].sort());
  });

  it("names new rules whenever the rules answer differently", () => {
    expect(
      { version: CASELOAD_RULES_VERSION, fingerprint },
      "The caseload rules now answer differently, or their version was renamed: give CASELOAD_RULES_VERSION (rules-version.ts) a new name and pin it here with this fingerprint.",
    ).toEqual(PINNED);
  });
});
