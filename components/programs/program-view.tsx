import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import type { ProgramItemFields } from "@/lib/programs/schema";

/** The dose in words: "3 × 12, hold 30 s, 20 kg, 2× a day". Also the patient portal's wording. */
export function doseText(
  item: Pick<ProgramItemFields, "sets" | "reps" | "holdSeconds" | "loadKg" | "perDay" | "perWeek"> &
    Partial<Pick<ProgramItemFields, "everyDays" | "durationSeconds" | "distanceM">>,
): string {
  const parts = [
    item.sets && item.reps ? `${item.sets} × ${item.reps}` : item.sets ? `${item.sets} sets` : "",
    item.holdSeconds ? `hold ${item.holdSeconds} s` : "",
    item.durationSeconds ? `${item.durationSeconds} s` : "",
    item.distanceM ? `${item.distanceM} m` : "",
    item.loadKg ? `${item.loadKg} kg` : "",
    item.everyDays ? `every ${item.everyDays} days` : "",
    item.perDay ? `${item.perDay}× a day` : item.perWeek ? `${item.perWeek}× a week` : "",
  ];
  return parts.filter(Boolean).join(", ") || "As instructed";
}

/**
 * A program version as a read-only list: picture, dose, instructions and why. Also the printed handout.
 * The catalogue is the clinic's (shared library plus its own exercises, archived ones included).
 */
export function ProgramView({ items, catalogue }: { items: ProgramItemFields[]; catalogue: ExerciseCatalogue }) {
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
              <p className="font-medium">{doseText(item)}</p>
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
