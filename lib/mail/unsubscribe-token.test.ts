import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeUnsubscribeToken, unsubscribeSignature, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "test-secret";
const patientId = randomUUID();

describe("unsubscribe tokens", () => {
  it("name the list and the patient they stop, and verify as exactly that", () => {
    const visit = makeUnsubscribeToken(SECRET, "visit-reminder", patientId);
    expect(visit.startsWith(`visit-reminder.${patientId}.`)).toBe(true);
    expect(verifyUnsubscribeToken(SECRET, visit)).toEqual({ list: "visit-reminder", patientId });
    expect(verifyUnsubscribeToken(SECRET, makeUnsubscribeToken(SECRET, "daily-reminder", patientId))).toEqual({ list: "daily-reminder", patientId });
  });

  it("say nothing clinical: they travel in e-mail links", () => {
    for (const list of ["daily-reminder", "visit-reminder"] as const) expect(makeUnsubscribeToken(SECRET, list, patientId)).not.toMatch(/exercise|pain|diagnos|treatment/i);
  });

  it("cannot be swapped between lists: one list's signature under the other's name is refused", () => {
    const visitSignature = unsubscribeSignature(SECRET, "visit-reminder", patientId);
    const exerciseSignature = unsubscribeSignature(SECRET, "daily-reminder", patientId);
    expect(visitSignature).not.toBe(exerciseSignature);
    expect(verifyUnsubscribeToken(SECRET, `daily-reminder.${patientId}.${visitSignature}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `visit-reminder.${patientId}.${exerciseSignature}`)).toBeNull();
    // A link from before lists had names is an exercise reminder's, and stops only that.
    expect(verifyUnsubscribeToken(SECRET, `${patientId}.${exerciseSignature}`)).toEqual({ list: "daily-reminder", patientId });
    expect(verifyUnsubscribeToken(SECRET, `${patientId}.${visitSignature}`)).toBeNull();
  });

  it("refuses another patient, another secret, an unknown list and malformed tokens", () => {
    const token = makeUnsubscribeToken(SECRET, "visit-reminder", patientId);
    const signature = token.split(".")[2]!;
    expect(verifyUnsubscribeToken(SECRET, `visit-reminder.${randomUUID()}.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken("another-secret", token)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `newsletter.${patientId}.${signature}`)).toBeNull();
    for (const bad of ["", "x", `${token}.extra`, `visit-reminder.not-a-uuid.${signature}`, `visit-reminder.${patientId}.`, `visit-reminder.${patientId}.${signature.slice(1)}`]) {
      expect(verifyUnsubscribeToken(SECRET, bad), bad).toBeNull();
    }
  });
});
