import { describe, expect, it } from "vitest";
import { envProblem } from "./env";
import { WEAK_SECRET_MESSAGE } from "./secret-rule";

const DATABASE_URL = "postgresql://rehabit:pw@127.0.0.1:5432/rehabit";
const SECRET_32 = "a".repeat(32);

describe("envProblem", () => {
  it("accepts a database URL and a 32-character secret", () => {
    expect(envProblem({ DATABASE_URL, NEXTAUTH_SECRET: SECRET_32 })).toBeNull();
  });

  it("refuses a 31-character secret with the one sentence that says what to do", () => {
    expect(envProblem({ DATABASE_URL, NEXTAUTH_SECRET: SECRET_32.slice(1) })).toBe(WEAK_SECRET_MESSAGE);
  });

  it("refuses a missing secret with the same sentence", () => {
    expect(envProblem({ DATABASE_URL })).toBe(WEAK_SECRET_MESSAGE);
  });

  it("names DATABASE_URL when it is missing or not a URL", () => {
    expect(envProblem({ NEXTAUTH_SECRET: SECRET_32 })).toMatch(/^DATABASE_URL must be a postgresql:\/\/ URL/);
    expect(envProblem({ DATABASE_URL: "localhost:5432", NEXTAUTH_SECRET: SECRET_32 })).toMatch(/^DATABASE_URL/);
  });
});
