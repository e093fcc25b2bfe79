import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import type { ExerciseDetailsDTO } from "./types";

/**
 * The one place the portal reads an exercise's details: from the patient's clinic catalogue (shared
 * library plus the clinic's own exercises). A code the catalogue no longer knows still gets a card.
 */
export function exerciseDetails(catalogue: ExerciseCatalogue, code: string): ExerciseDetailsDTO {
  const exercise = catalogue.byCode(code);
  if (!exercise) return { name: "Exercise from your clinician", illustration: "", instructions: "Ask your clinician how to do this exercise." };
  return { name: exercise.name, illustration: exercise.illustration, instructions: exercise.instructions, ...(exercise.dosage.per && { dosePer: exercise.dosage.per }) };
}
