import { describe, expect, it } from "vitest";
import { logExerciseSchema } from "./schema";
import { SubmissionIntent, submitIntent } from "./submission-intent";

const counter = () => {
  let n = 0;
  return () => `key-${++n}`;
};

describe("SubmissionIntent and submitIntent", () => {
  it("retries a dropped request with the same key, then gives the next intent a new key", async () => {
    const intent = new SubmissionIntent(counter());
    const keys: string[] = [];
    let calls = 0;
    const answer = await submitIntent(intent, async (key) => {
      keys.push(key);
      if (++calls === 1) throw new TypeError("Failed to fetch");
      return "stored";
    });
    expect(answer).toBe("stored");
    expect(keys).toEqual(["key-1", "key-1"]);
    expect(intent.key).toBe("key-2");
  });

  it("keeps the key when every attempt fails, so the patient's own retry is the same intent", async () => {
    const intent = new SubmissionIntent(counter());
    await expect(submitIntent(intent, async () => Promise.reject(new TypeError("offline")), 2)).rejects.toThrow("offline");
    expect(intent.key).toBe("key-1");
  });

  it("makes random UUIDs by default, which the log schema accepts", () => {
    const [a, b] = [new SubmissionIntent(), new SubmissionIntent()];
    expect(a.key).not.toBe(b.key);
    expect(logExerciseSchema.safeParse({ programItemId: "1", performedOn: "2026-11-26", idempotencyKey: a.key }).success).toBe(true);
  });

  it("the server refuses a log without a well-formed key", () => {
    for (const idempotencyKey of [undefined, "", "not-a-uuid", "1"]) {
      expect(logExerciseSchema.safeParse({ programItemId: "1", performedOn: "2026-11-26", idempotencyKey }).success).toBe(false);
    }
  });
});
