import type { CodeableConcept, Dosage, DosageDoseAndRate, Quantity, Timing, TimingRepeat } from "@medplum/fhirtypes";
import type { Dose } from "@/lib/programs/load";
import { weeklySchedule } from "@/lib/programs/schedule";
import { localConcept, quantity, SYSTEMS } from "./systems";

/**
 * An exercise dose in standard FHIR: frequency as a Timing (what CarePlan.activity.detail.scheduledTiming
 * holds), and the whole dose as a Dosage, which R4's CarePlan.activity.detail has no element for, so
 * it travels in the exercise-dosage extension (valueDosage). Each part of the dose is one doseAndRate
 * entry whose type says what it counts: sets, repetitions, hold, duration, load, distance.
 */
const DAY_CODES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
// Any Monday: a weekday-based schedule is the same every week (lib/programs/schedule.ts).
const A_MONDAY = "2024-01-01";

/**
 * perWeek N → N per 1 wk; perDay N → N per 1 d; everyDays N → perDay (1 when unset) per N d. perWeek
 * with perDay above 1 is perDay a day on the weekdays the app schedules (3 a week: Monday, Wednesday,
 * Friday); past 7 a week no weekday list can say it, so it becomes sessions per week. No frequency
 * (education, "as advised"): no Timing.
 */
export function doseTiming(dose: Dose): Timing | undefined {
  const repeat = timingRepeat(dose);
  return repeat && { repeat };
}

function timingRepeat({ perWeek, perDay, everyDays }: Dose): TimingRepeat | undefined {
  if (perWeek !== null) {
    if (perDay !== null && perDay > 1) {
      if (perWeek > 7) return { frequency: perWeek * perDay, period: 1, periodUnit: "wk" };
      const days = weeklySchedule({ perWeek, perDay: 1 }, A_MONDAY, A_MONDAY) ?? [];
      return { frequency: perDay, period: 1, periodUnit: "d", dayOfWeek: DAY_CODES.filter((_, index) => (days[index] ?? 0) > 0) };
    }
    return { frequency: perWeek, period: 1, periodUnit: "wk" };
  }
  if (everyDays) return { frequency: perDay ?? 1, period: everyDays, periodUnit: "d" };
  if (perDay !== null) return { frequency: perDay, period: 1, periodUnit: "d" };
  return undefined;
}

export const DOSE_PARTS = {
  sets: "Sets",
  repetitions: "Repetitions per set",
  hold: "Hold per repetition",
  duration: "Duration per set",
  load: "External load",
  distance: "Distance per set",
} as const;

type DosePart = keyof typeof DOSE_PARTS;

const part = (code: DosePart, doseQuantity: Quantity): DosageDoseAndRate => ({
  type: localConcept(SYSTEMS.doseParts, code, DOSE_PARTS[code]) as CodeableConcept,
  doseQuantity,
});

export function doseAndRate(dose: Dose): DosageDoseAndRate[] {
  const parts: DosageDoseAndRate[] = [];
  if (dose.sets !== null) parts.push(part("sets", quantity(dose.sets, "{#}", "sets")));
  if (dose.reps !== null) parts.push(part("repetitions", quantity(dose.reps, "{#}", "repetitions")));
  if (dose.holdSeconds !== null) parts.push(part("hold", quantity(dose.holdSeconds, "s")));
  if (dose.durationSeconds !== null) parts.push(part("duration", quantity(dose.durationSeconds, "s")));
  if (dose.loadKg !== null) parts.push(part("load", quantity(dose.loadKg, "kg")));
  if (dose.distanceM !== null) parts.push(part("distance", quantity(dose.distanceM, "m")));
  return parts;
}

const seconds = (value: number) => (value >= 60 && value % 60 === 0 ? `${value / 60} min` : `${value} s`);

/** "3 sets × 10 reps, hold 30 s, 20 kg, 3×/week". */
export function doseText(dose: Dose): string {
  const parts: string[] = [];
  const amount = [dose.sets !== null && `${dose.sets} ${dose.sets === 1 ? "set" : "sets"}`, dose.reps !== null && `${dose.reps} reps`].filter(Boolean);
  if (amount.length) parts.push(amount.join(" × "));
  if (dose.holdSeconds !== null) parts.push(`hold ${seconds(dose.holdSeconds)}`);
  if (dose.durationSeconds !== null) parts.push(seconds(dose.durationSeconds));
  if (dose.distanceM !== null) parts.push(`${dose.distanceM} m`);
  if (dose.loadKg !== null) parts.push(dose.loadKg === 0 ? "body weight" : `${dose.loadKg} kg`);
  const frequency = frequencyText(dose);
  if (frequency) parts.push(frequency);
  return parts.join(", ") || "As advised";
}

function frequencyText({ perWeek, perDay, everyDays }: Dose): string | null {
  const daily = perDay !== null && perDay > 1 ? `${perDay}×/day` : null;
  if (perWeek !== null) return daily ? `${daily} on ${perWeek} days/week` : `${perWeek}×/week`;
  if (everyDays) return `${daily ? `${daily} ` : ""}every ${everyDays === 2 ? "other day" : `${everyDays} days`}`;
  if (perDay !== null) return `${perDay}×/day`;
  return null;
}

export function dosage(dose: Dose, patientInstruction: string | null): Dosage {
  const timing = doseTiming(dose);
  const parts = doseAndRate(dose);
  return {
    text: doseText(dose),
    ...(patientInstruction ? { patientInstruction } : {}),
    ...(timing ? { timing } : {}),
    ...(parts.length ? { doseAndRate: parts } : {}),
  };
}
