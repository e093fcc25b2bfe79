import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLINIC_NAME_MAX } from "./schema";
import { DEFAULT_VISIT_MINUTES, isVisitMinutes, VISIT_MINUTES, VISIT_MINUTES_FIELDS, VISIT_TYPES, visitMinutesOf } from "./visit-types";

const COLUMNS = { ASSESSMENT: "assessment_minutes", TREATMENT: "treatment_minutes", REVIEW: "review_minutes", TELEHEALTH: "telehealth_minutes" } as const;
const migration = (name: string) => readFileSync(`prisma/migrations/${name}/migration.sql`, "utf8");

describe("visit lengths", () => {
  it("are whole minutes in 5-minute steps from 5 to 240", () => {
    for (const valid of [5, 10, 45, 240]) expect(isVisitMinutes(valid), String(valid)).toBe(true);
    for (const invalid of [0, 4, 7, 42.5, 245, 241, -5, Number.NaN]) expect(isVisitMinutes(invalid), String(invalid)).toBe(false);
  });

  it("start at valid defaults, which are the columns' defaults in the migration", () => {
    const sql = migration("20261207134924_clinic_settings");
    for (const type of VISIT_TYPES) {
      expect(isVisitMinutes(DEFAULT_VISIT_MINUTES[type])).toBe(true);
      expect(sql).toContain(`"${COLUMNS[type]}" INTEGER NOT NULL DEFAULT ${DEFAULT_VISIT_MINUTES[type]}`);
    }
    expect(sql).toContain(`"time_zone" TEXT NOT NULL DEFAULT 'UTC'`);
  });

  it("are refused by the database past the same limits the form uses", () => {
    const sql = migration("20261207134925_clinic_settings_checks");
    for (const type of VISIT_TYPES) {
      const column = COLUMNS[type];
      expect(sql).toContain(`CHECK ("${column}" BETWEEN ${VISIT_MINUTES.min} AND ${VISIT_MINUTES.max} AND "${column}" % ${VISIT_MINUTES.step} = 0)`);
    }
    expect(sql).toContain(`CHECK (char_length("name") BETWEEN 1 AND ${CLINIC_NAME_MAX})`);
  });

  it("are read by visit type", () => {
    const clinic = { assessmentMinutes: 60, treatmentMinutes: 45, reviewMinutes: 30, telehealthMinutes: 20 };
    expect(VISIT_TYPES.map((type) => visitMinutesOf(clinic, type))).toEqual([60, 45, 30, 20]);
    expect(Object.values(VISIT_MINUTES_FIELDS)).toEqual(Object.keys(clinic));
  });
});
