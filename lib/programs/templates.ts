import { exerciseByCode } from "@/lib/exercises/library";
import type { Phase } from "@/lib/exercises/library-types";
import { templateItemFromExercise } from "./items";
import type { TemplateItem } from "./schema";

/**
 * A program template: exercises in order, each with its dose and the why the patient reads. Applying
 * one fills the editor with exactly these items (itemFromTemplate in items.ts). Education items
 * (hydration, cramp advice) are not exercises and are not listed.
 */
export type ProgramTemplate = { id: string; name: string; phase: Phase; description: string; items: readonly TemplateItem[] };

/** Built-in templates of a phase, then the clinic's own (made by its admins). */
export function templatesForPhase(phase: Phase, clinicTemplates: readonly ProgramTemplate[] = []): ProgramTemplate[] {
  return [...PROGRAM_TEMPLATES, ...clinicTemplates].filter((template) => template.phase === phase);
}

/** Each exercise with the library's dose, which transcribes domain.md §2.2's Dosage column, and its purpose. */
const fromLibrary = (codes: readonly string[]): TemplateItem[] =>
  codes.map((code) => {
    const exercise = exerciseByCode(code);
    if (!exercise) throw new Error(`Built-in template names ${code}, which is not in the library.`);
    return templateItemFromExercise(exercise);
  });

/** The built-in phase templates of the clinical model (domain.md §2.1–§2.2). */
export const PROGRAM_TEMPLATES: readonly ProgramTemplate[] = [
  {
    id: "acute-protection",
    name: "Acute: protection and pain-free movement",
    phase: "ACUTE",
    description: "Protection, pain-free range of motion, isometrics, trunk control and gentle sub-maximal stretch only.",
    items: fromLibrary(["EX02", "EX03", "EX05", "EX08", "EX10", "EX11", "EX12"]),
  },
  {
    id: "subacute-reloading",
    name: "Subacute: Askling L-protocol, stretching and glute strengthening",
    phase: "SUBACUTE",
    description: "Askling lengthening exercises, intensive hamstring and hip-flexor stretching, glute strengthening.",
    items: fromLibrary(["EX14", "EX15", "EX16", "EX12", "EX37", "EX25", "EX26", "EX31", "EX32", "EX33"]),
  },
  {
    id: "prevention",
    name: "Prevention: Nordics, strength and flexibility",
    phase: "PREVENTION",
    description: "Stretching and foam rolling, Nordic hamstring programme, glute and hamstring strengthening, night stretching against cramps.",
    items: fromLibrary(["EX12", "EX13", "EX30", "EX27", "EX28", "EX26", "EX37", "EX39"]),
  },
];
