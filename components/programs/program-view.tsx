import { doseText as doseInWords, type PrescribedDoseValues } from "@/lib/diary/dose";
import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import type { ProgramItem } from "@/lib/programs/schema";

/**
 * The dose in words (lib/diary/dose.ts has the wording): "3 × 12, hold 30 s, 20 kg, 2× a day";
 * "1 set of 30 s per muscle, 3× a week". Also the portal's. "As instructed" when no number is set.
 */
export function doseText(dose: PrescribedDoseValues, per?: string): string {
  return doseInWords(dose, per) || "As instructed";
}

/**
 * A program version as a read-only list: picture, dose, instructions and why. Also the printed handout.
 * The catalogue is the clinic's (shared library plus its own exercises, archived ones included).
 * `pausedCodes`: exercises held back since a step back (lib/programs/paused-items.ts), marked in words.
 */
export function ProgramView({
  items,
  catalogue,
  pausedCodes = [],
}: {
  items: ProgramItem[];
  catalogue: ExerciseCatalogue;
  pausedCodes?: readonly string[];
}) {
  return (
    <ol className="space-y-3">
      {items.map((item, index) => {
        const exercise = catalogue.byCode(item.exerciseCode);
        if (!exercise) return null;
        return (
          <li key={`${item.exerciseCode}-${index}`} className="flex gap-4 rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid">
            {/* eslint-disable-next-line @next/next/no-img-element -- small local SVG pictograms need no optimisation */}
            <img src={exercise.illustration} alt={`Drawing: ${exercise.name}`} width={120} height={80} className="shrink-0" />
            <div className="min-w-0 space-y-1 text-sm">
              <h3 className="text-base font-semibold">
                {index + 1}. {exercise.name}
              </h3>
              {pausedCodes.includes(item.exerciseCode) && (
                <p className="font-semibold text-amber-900">Paused: do not do this exercise until your clinician updates your plan.</p>
              )}
              <p className="font-medium">{doseText(item, exercise.dosage.per)}</p>
              <p>{exercise.instructions}</p>
              {item.notes && <p>Note: {item.notes}</p>}
              {item.patientReason && <p className="text-slate-700">Why: {item.patientReason}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
