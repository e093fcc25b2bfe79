import { describe, expect, it } from "vitest";
import type { LogRecord, ProgramItemRecord } from "./data";
import { buildPlanItems, planSections } from "./plan";

const THU = "2026-11-26";
const WED = "2026-11-25";
const MONDAY = "2026-11-23";

type PlanInput = ProgramItemRecord & { exercise: { name: string; illustration: string; instructions: string }; paused: boolean };

function item(programItemId: string, exerciseCode: string, perWeek: number | null, everyDays: number | null = null, paused = false): PlanInput {
  return {
    programItemId,
    exerciseCode,
    prescribed: { sets: 2, reps: 10, holdSeconds: null, loadKg: null, perWeek, perDay: null, everyDays, durationSeconds: null, distanceM: null },
    perWeek,
    perDay: null,
    everyDays,
    notes: "",
    patientReason: "",
    exercise: { name: exerciseCode, illustration: "", instructions: "" },
    paused,
  };
}

function log(programItemId: string, exerciseCode: string, performedOn: string, painDuring: number | null = null): LogRecord {
  return {
    id: `${programItemId}-${performedOn}`,
    version: 1,
    programId: "p",
    programItemId,
    exerciseCode,
    performedOn,
    asPrescribed: true,
    sets: 2,
    reps: 10,
    holdSeconds: null,
    loadKg: null,
    painDuring,
    note: "",
  };
}

describe("buildPlanItems", () => {
  it("counts a log for its own item and shows today's logs with the pain judged for the phase", () => {
    const [daily] = buildPlanItems([item("1", "EX02", 7)], [log("1", "EX02", WED), log("1", "EX02", THU, 6)], { today: THU, givenOn: MONDAY, phase: "ACUTE" });
    expect(daily!.due).toEqual({ kind: "done", doneToday: 1 });
    expect(daily!.todaysLogs).toHaveLength(1);
    expect(daily!.todaysLogs[0]!.pain).toMatchObject({ status: "above-limit", limit: 1 });
  });

  it("counts a log of an older program version for the current item with the same exercise", () => {
    const [daily, other] = buildPlanItems([item("10", "EX02", 7), item("11", "EX03", 7)], [log("1", "EX02", THU)], { today: THU, givenOn: MONDAY, phase: "ACUTE" });
    expect(daily!.due.kind).toBe("done");
    expect(other!.due.kind).toBe("due");
  });

  it("ignores logs of exercises no longer in the program", () => {
    const [daily] = buildPlanItems([item("10", "EX02", 7)], [log("1", "EX05", THU)], { today: THU, givenOn: MONDAY, phase: "ACUTE" });
    expect(daily!.due.kind).toBe("due");
  });
});

describe("an every-other-day item (Askling Diver, domain.md §2.2 [S10])", () => {
  it("is due on the day given and every second day after, and later in between", () => {
    const diver = (today: string, logs: LogRecord[] = []) => buildPlanItems([item("15", "EX15", null, 2)], logs, { today, givenOn: MONDAY, phase: "SUBACUTE" })[0]!.due;
    expect(diver(MONDAY)).toMatchObject({ kind: "due", catchUp: false });
    expect(diver("2026-11-24", [log("15", "EX15", MONDAY)])).toEqual({ kind: "later", nextDay: 2 });
    expect(diver(WED, [log("15", "EX15", MONDAY)])).toMatchObject({ kind: "due", catchUp: false });
  });
});

describe("planSections", () => {
  it("puts due then done items under today, unscheduled ones under any time, the rest under later", () => {
    // Thursday: twice a week is Monday and Thursday; three times a week is Monday, Wednesday, Friday.
    const items = buildPlanItems(
      [item("1", "EX02", 7), item("2", "EX03", 7), item("3", "EX04", null), item("4", "EX08", 3), item("5", "EX10", 2)],
      [log("1", "EX02", THU), log("4", "EX08", "2026-11-23"), log("4", "EX08", WED)],
      { today: THU, givenOn: MONDAY, phase: "ACUTE" },
    );
    const sections = planSections(items);
    expect(sections.today.map((entry) => entry.programItemId)).toEqual(["2", "5", "1"]);
    expect(sections.anyTime.map((entry) => entry.programItemId)).toEqual(["3"]);
    expect(sections.later.map((entry) => [entry.programItemId, entry.due])).toEqual([["4", { kind: "later", nextDay: 4 }]]);
  });

  it("lists a paused item on its own, never as due, whatever its schedule", () => {
    const items = buildPlanItems([item("1", "EX02", 7), item("2", "EX30", 7, null, true)], [], { today: THU, givenOn: MONDAY, phase: "ACUTE" });
    const sections = planSections(items);
    expect(sections.today.map((entry) => entry.programItemId)).toEqual(["1"]);
    expect(sections.paused.map((entry) => [entry.programItemId, entry.due])).toEqual([["2", { kind: "paused" }]]);
  });
});
