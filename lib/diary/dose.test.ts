import { describe, expect, it } from "vitest";
import { exerciseByCode } from "@/lib/exercises/library";
import { doseDoneText, doseText, durationText } from "./dose";

const none = { sets: null, reps: null, holdSeconds: null, loadKg: null };

describe("dose in words on the Diary tab", () => {
  it("writes sets, reps, hold and load the way the program does", () => {
    expect(doseText({ sets: 3, reps: 12, holdSeconds: null, loadKg: 20 })).toBe("3 × 12, 20 kg");
    expect(doseText({ ...none, sets: 2, holdSeconds: 30 })).toBe("2 sets, hold 30 s");
    expect(doseText({ ...none, reps: 8 })).toBe("8 reps");
    expect(doseText(none)).toBe("");
  });

  it("says one set and one rep in the singular", () => {
    expect(doseText({ ...none, sets: 1 })).toBe("1 set");
    expect(doseText({ ...none, sets: 1, holdSeconds: 30 })).toBe("1 set, hold 30 s");
    expect(doseText({ ...none, reps: 1 })).toBe("1 rep");
    expect(doseText({ ...none, sets: 1, reps: 10 })).toBe("1 × 10");
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

describe("time-dosed exercises", () => {
  it("writes seconds under a minute or not whole minutes, minutes otherwise", () => {
    expect(durationText(30)).toBe("30 s");
    expect(durationText(59)).toBe("59 s");
    expect(durationText(60)).toBe("1 min");
    expect(durationText(90)).toBe("90 s");
    expect(durationText(600)).toBe("10 min");
  });

  it("foam rolling EX13 reads as its library dose: 1 set of 30 s per muscle, 3× a week (domain.md 1–3 sets × 30–120 s per muscle, 3–7 d/wk [S50])", () => {
    const { dosage } = exerciseByCode("EX13");
    expect(dosage).toMatchObject({ sets: 1, durationSeconds: 30, perWeek: 3, per: "per muscle" });
    expect(doseText({ ...none, sets: 1, durationSeconds: 30, perWeek: 3 }, dosage.per)).toBe("1 set of 30 s per muscle, 3× a week");
    expect(doseText({ ...none, sets: 2, durationSeconds: 60 }, "per muscle")).toBe("2 sets of 1 min per muscle");
  });

  it("drills and the bike read as sets of minutes or minutes alone (EX06 3 × 1 min, EX05 10 min [S12])", () => {
    expect(doseText({ ...none, sets: 3, durationSeconds: 60, perWeek: 7 })).toBe("3 sets of 1 min, 7× a week");
    expect(doseText({ ...none, durationSeconds: 600 })).toBe("10 min");
    expect(doseText({ ...none, sets: 2, reps: 10, durationSeconds: 30 })).toBe("2 × 10, 30 s each");
  });

  it("says what a dose counts for and how often", () => {
    expect(doseText({ ...none, sets: 2, reps: 10, perWeek: 5 }, "per leg")).toBe("2 × 10 per leg, 5× a week");
    expect(doseText({ ...none, sets: 3, reps: 12, perDay: 2, perWeek: 7 })).toBe("3 × 12, 2× a day");
    // EX12 in the templates: a 30 s hold once a day, 5 days a week — both, as the portal schedules it.
    expect(doseText({ ...none, holdSeconds: 30, perDay: 1, perWeek: 5 })).toBe("hold 30 s, 1× a day, 5 days a week");
  });
});
