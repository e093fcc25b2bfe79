import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECK_MIGRATION, checkConstraintsSql, databaseChecks } from "./database-checks";

describe("CHECK constraints generated from the forms' constants", () => {
  it("are the committed migration: a changed range needs a new migration", () => {
    expect(readFileSync(CHECK_MIGRATION, "utf8")).toBe(checkConstraintsSql());
  });

  it("hold no semicolon but the one ending each statement, which is where the migration engine splits", () => {
    const statements = checkConstraintsSql().split(";").slice(0, -1);
    expect(statements).toHaveLength(databaseChecks().length);
  });

  it("name each constraint once", () => {
    const names = databaseChecks().map((check) => check.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => name.length <= 63)).toBe(true);
  });
});
