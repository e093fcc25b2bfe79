import { exerciseByCode } from "@/lib/exercises/library";
import type { ExerciseDetailsDTO } from "./types";

/**
 * The one place the portal reads an exercise's details. Today that is the shared library; clinic-specific
 * exercises will be looked up here too, so nothing else in the portal needs to change.
 */
export function exerciseDetails(code: string): ExerciseDetailsDTO {
  const exercise = exerciseByCode(code);
  if (!exercise) return { name: "Exercise from your clinician", illustration: "", instructions: "Ask your clinician how to do this exercise." };
  return { name: exercise.name, illustration: exercise.illustration, instructions: exercise.instructions };
}
