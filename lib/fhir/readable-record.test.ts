import { describe, expect, it } from "vitest";
import { fixtureRecord } from "@/scripts/testing/fhir-fixture-record";
import { readableRecord, type ReadableSection } from "./readable-record";

/** The patient's printable copy says, in words, what the FHIR Bundle holds. */
const sections = readableRecord(fixtureRecord(), "UTC");
const section = (heading: string): ReadableSection => sections.find((candidate) => candidate.heading === heading)!;
const table = (heading: string, caption: string | RegExp) => section(heading).tables.find((candidate) => candidate.caption.match(caption))!;

describe("readableRecord", () => {
  it("has one table per episode, assessment, program version and questionnaire", () => {
    const record = fixtureRecord();
    expect(section("Episodes of care").tables).toHaveLength(record.episodes.length);
    expect(section("Assessments").tables).toHaveLength(record.assessments.length);
    expect(section("Exercise programs").tables).toHaveLength(record.programs.length);
    expect(section("Questionnaires").tables).toHaveLength(record.lefs.length);
  });

  it("names the patient and their clinic, and leaves out details never recorded", () => {
    const details = section("Details").tables[0]!;
    expect(details.rows).toContainEqual(["Name", "Jane Runner"]);
    expect(details.rows).toContainEqual(["Clinic", "Riverside Physio"]);
    expect(details.rows.every(([, value]) => value !== "")).toBe(true);
  });

  it("gives measured values with their units, sides and methods, and each dose and why in words", () => {
    const assessment = table("Assessments", "2024-05-02");
    expect(assessment.rows).toContainEqual([expect.stringMatching(/knee extension/i), "Right", "25°", expect.stringMatching(/inclinometer/i)]);
    const version2 = table("Exercise programs", /version 2, subacute/);
    expect(version2.caption).toContain("by Bob");
    expect(version2.rows[0]).toEqual(["Glute bridge, two-leg (dynamic)", "3 × 10, 20 kg, 3× a week", "to strengthen your left buttock muscles, which tested weaker than the other side"]);
  });

  it("lists logged exercises by the name they were given, and says when a questionnaire is still open", () => {
    const logs = table("Diary", "Exercises you logged");
    expect(logs.rows[0]).toEqual(["2024-01-29", "Glute bridge, two-leg (dynamic)", "As prescribed", "2", "Felt fine"]);
    expect(section("Questionnaires").tables.map((questionnaire) => questionnaire.caption)).toEqual([
      "Lower Extremity Functional Scale, answered 2024-01-13: 50 of 80",
      "Lower Extremity Functional Scale, asked 2024-05-02: not answered yet",
    ]);
  });

  it("gives days and times of instants in the reader's zone, naming the zone of a time", () => {
    const brisbane = readableRecord(fixtureRecord(), "Australia/Brisbane");
    const cramp = brisbane.find((candidate) => candidate.heading === "Diary")!.tables.find((candidate) => candidate.caption === "Cramp diary")!;
    // 23:10 UTC on 5 May is 09:10 on 6 May in Brisbane (UTC+10).
    expect(cramp.rows[0]![0]).toMatch(/^6 May 2024, 09:10 GMT\+10$/);
    const questionnaires = brisbane.find((candidate) => candidate.heading === "Questionnaires")!.tables.map((questionnaire) => questionnaire.caption);
    // Answered 18:00 UTC on 13 January: already the 14th in Brisbane.
    expect(questionnaires[0]).toBe("Lower Extremity Functional Scale, answered 2024-01-14: 50 of 80");
    expect(table("Diary", "Cramp diary").rows[0]![0]).toMatch(/^5 May 2024, 23:10 UTC$/);
  });

  it("says so when there is nothing to show", () => {
    const empty = readableRecord({ ...fixtureRecord(), episodes: [], assessments: [], programs: [], exerciseLogs: [], morningPains: [], cramps: [], lefs: [] }, "UTC");
    expect(empty.filter((candidate) => candidate.tables.length === 0).map((candidate) => candidate.empty)).toEqual([
      "No episode of care yet.",
      "No assessment yet.",
      "No exercise program yet.",
      "Nothing logged yet.",
      "No questionnaire yet.",
    ]);
  });
});
