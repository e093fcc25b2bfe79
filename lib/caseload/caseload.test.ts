import { describe, expect, it } from "vitest";
import { row } from "@/scripts/testing/measurement-row-builder";
import { evaluateGate } from "@/lib/episodes/gates";
import { SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { alertHref } from "./alert-href";
import { buildCaseload, sortRows, type CaseloadEpisode } from "./caseload";
import type { CaseloadParams } from "./params";
import type { CaseloadRowDTO } from "./types";

const TODAY = "2026-11-26";
const params: CaseloadParams = { view: "mine", sort: "alerts", dir: "desc", page: 1 };

const episode = (id: string, overrides: Partial<CaseloadEpisode> = {}): CaseloadEpisode => ({
  episodeId: id,
  patientId: `patient-${id}`,
  firstName: "Casey",
  lastName: id,
  recordNumber: `N-${id}`,
  diagnosis: "Hamstring strain",
  phase: "SUBACUTE",
  startedOn: "2026-11-01",
  maxPainDuring: 1,
  morningPainRise: null,
  restPain: { baseline: 1, latest: 1 },
  firstProgramOn: "2026-11-01",
  lastLogOn: TODAY,
  lastAssessedOn: "2026-11-20",
  redFlagCramps: 0,
  ...overrides,
});

const input = (episodes: CaseloadEpisode[]) => ({ episodes, catalogue: SHARED_CATALOGUE, recentVersions: new Map(), gates: new Map() });

describe("buildCaseload", () => {
  it("counts every active episode by phase but lists only those with an alert", () => {
    const caseload = buildCaseload(
      input([episode("A"), episode("B", { phase: "ACUTE", maxPainDuring: 8, restPain: { baseline: 1, latest: 3 } }), episode("C", { phase: "PREVENTION" })]),
      params,
      TODAY,
    );
    expect(caseload.phaseCounts).toEqual({ ACUTE: 1, SUBACUTE: 1, PREVENTION: 1 });
    expect(caseload.activeEpisodes).toBe(3);
    expect(caseload.total).toBe(1);
    expect(caseload.rows[0]).toMatchObject({
      patientName: "B, Casey",
      alerts: [{ kind: "pain-during" }, { kind: "rest-pain-rise" }],
    });
    // The words and source of each kind come once with the page, not on every chip.
    expect(Object.keys(caseload.rows[0]!.alerts[0]!)).toEqual(["kind", "detail"]);
    expect(caseload.alertRules["pain-during"]).toEqual({ label: "Pain during exercise above the phase limit", source: "R-PAIN [S11] [S45]" });
    expect(caseload.alertRules["rest-pain-rise"]).toEqual({ label: "Pain at rest up ≥ 2", source: "R-MDC, NPRS [S36]" });
  });

  it("reads load jumps from recent program versions and gates from their evaluations", () => {
    const bridge = (reps: number) => ({ ...BRIDGE_DOSE, reps });
    const recentVersions = new Map([
      [
        "A",
        [
          { version: 1, savedOn: "2026-11-01", items: [bridge(10)] },
          { version: 2, savedOn: "2026-11-25", items: [bridge(14)] },
        ],
      ],
    ]);
    const painFree = { assessedOn: TODAY, rows: [row("mmt-knee-flex", "LEFT", 11, { flag: false })] };
    const gate = evaluateGate("ACUTE", { latestAssessment: painFree, involvedSide: "LEFT", daysSinceOnset: 9, painDuringLast7Days: [0], adherencePercent: 100 });
    const caseload = buildCaseload({ episodes: [episode("A"), episode("B", { phase: "ACUTE" })], catalogue: SHARED_CATALOGUE, recentVersions, gates: new Map([["B", gate]]) }, params, TODAY);
    expect(caseload.rows.map((row) => [row.patientName, row.alerts.map((alert) => alert.kind)])).toEqual([
      ["A, Casey", ["load-jump"]],
      ["B, Casey", ["gate-met"]],
    ]);
  });

  it("pages 50 rows at a time", () => {
    const many = Array.from({ length: 51 }, (_, i) => episode(String(i).padStart(3, "0"), { redFlagCramps: 1 }));
    expect(buildCaseload(input(many), params, TODAY).rows).toHaveLength(50);
    expect(buildCaseload(input(many), { ...params, page: 2 }, TODAY)).toMatchObject({ total: 51, rows: [{ patientName: "050, Casey" }] });
  });
});

const BRIDGE_DOSE = {
  exerciseCode: "EX25",
  sets: 4,
  reps: 10,
  holdSeconds: null,
  loadKg: null,
  perWeek: 3,
  perDay: null,
  everyDays: null,
  durationSeconds: null,
  distanceM: null,
  loadChangeReason: null,
};

describe("sortRows", () => {
  const row = (name: string, alerts: number, phase: CaseloadRowDTO["phase"], lastLogOn: string | null): CaseloadRowDTO => ({
    episodeId: name,
    patientId: name,
    patientName: name,
    recordNumber: name,
    diagnosis: "",
    phase,
    alerts: Array.from({ length: alerts }, () => ({ kind: "no-log", label: "", detail: "", source: "", href: "" })),
    lastLogOn,
    lastAssessedOn: null,
  });
  const rows = [row("Cole", 1, "PREVENTION", "2026-11-20"), row("Abbot", 2, "SUBACUTE", null), row("Baker", 1, "ACUTE", "2026-11-25")];
  const names = (sorted: CaseloadRowDTO[]) => sorted.map((r) => r.patientName);

  it("sorts by number of alerts, ties by name A to Z", () => {
    expect(names(sortRows(rows, "alerts", "desc"))).toEqual(["Abbot", "Baker", "Cole"]);
    expect(names(sortRows(rows, "alerts", "asc"))).toEqual(["Baker", "Cole", "Abbot"]);
  });

  it("sorts by patient, by phase in care order, and by last log with never-logged oldest", () => {
    expect(names(sortRows(rows, "patient", "desc"))).toEqual(["Cole", "Baker", "Abbot"]);
    expect(names(sortRows(rows, "phase", "asc"))).toEqual(["Baker", "Abbot", "Cole"]);
    expect(names(sortRows(rows, "lastLog", "asc"))).toEqual(["Abbot", "Cole", "Baker"]);
  });
});

describe("alertHref", () => {
  it("sends each reason where the clinician can act on it", () => {
    expect(alertHref("load-jump", "p", "e")).toBe("/patients/p/episodes/e/program");
    expect(alertHref("gate-met", "p", "e")).toBe("/patients/p/episodes/e");
    expect(alertHref("reassessment-due", "p", "e")).toBe("/patients/p/assessments/new?episode=e");
    expect(alertHref("cramp-red-flag", "p", "e")).toBe("/patients/p/diary");
  });
});
