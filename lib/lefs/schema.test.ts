import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { answerLefsSchema, requestLefsSchema } from "./schema";

const questionnaireId = randomUUID();

describe("answerLefsSchema", () => {
  it("accepts items 1–20 and scores 0–4", () => {
    for (const [item, score] of [
      [1, 0],
      [20, 4],
    ] as const) {
      expect(answerLefsSchema.safeParse({ questionnaireId, item, score }).success).toBe(true);
    }
  });

  it("refuses items and scores outside the scale, fractions and extra fields", () => {
    for (const input of [
      { questionnaireId, item: 0, score: 2 },
      { questionnaireId, item: 21, score: 2 },
      { questionnaireId, item: 3, score: 5 },
      { questionnaireId, item: 3, score: -1 },
      { questionnaireId, item: 3, score: 1.5 },
      { questionnaireId, item: 3, score: 2, patientId: randomUUID() },
      { questionnaireId: "not-a-uuid", item: 3, score: 2 },
    ]) {
      expect(answerLefsSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
  });

  it("tells the patient what to do about a bad score", () => {
    const result = answerLefsSchema.safeParse({ questionnaireId, item: 3, score: 9 });
    expect(result.success ? [] : result.error.flatten().fieldErrors.score).toEqual(["Choose how much difficulty you have."]);
  });
});

describe("requestLefsSchema", () => {
  it("needs a patient id and nothing else", () => {
    expect(requestLefsSchema.safeParse({ patientId: randomUUID() }).success).toBe(true);
    expect(requestLefsSchema.safeParse({ patientId: "x" }).success).toBe(false);
    expect(requestLefsSchema.safeParse({ patientId: randomUUID(), clinicId: randomUUID() }).success).toBe(false);
  });
});
