import { describe, expect, it } from "vitest";
import { doseDoneText, doseText } from "./dose";

const none = { sets: null, reps: null, holdSeconds: null, loadKg: null };

describe("dose in words on the Diary tab", () => {
  it("writes sets, reps, hold and load the way the program does", () => {
    expect(doseText({ sets: 3, reps: 12, holdSeconds: null, loadKg: 20 })).toBe("3 × 12, 20 kg");
    expect(doseText({ ...none, sets: 2, holdSeconds: 30 })).toBe("2 sets, hold 30 s");
    expect(doseText({ ...none, reps: 8 })).toBe("8 reps");
    expect(doseText(none)).toBe("");
  });

  it("keeps a load of 0 kg (body weight), which is a value, not a missing one", () => {
    expect(doseText({ sets: 3, reps: 10, holdSeconds: null, loadKg: 0 })).toBe("3 × 10, 0 kg");
  });

  it("says 'As prescribed' for a one-tap log, whatever else is stored", () => {
    expect(doseDoneText({ ...none, sets: 3, reps: 10, asPrescribed: true })).toBe("As prescribed");
    expect(doseDoneText({ ...none, sets: 2, reps: 10, asPrescribed: false })).toBe("2 × 10");
    expect(doseDoneText({ ...none, asPrescribed: false })).toBe("Done, dose not recorded");
  });
});
