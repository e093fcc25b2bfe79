import type { Phase } from "@/lib/exercises/library-types";

/**
 * Built-in phase templates matching the clinical model (design.md; domain.md §2.1–§2.2): exercise
 * codes only, each dosed from the library's defaults when applied. Education items (hydration, cramp
 * advice) are not exercises and are not listed.
 */
export type ProgramTemplate = { id: string; name: string; phase: Phase; description: string; exerciseCodes: readonly string[] };

/** Built-in templates of a phase, then the clinic's own (made by its admins). */
export function templatesForPhase(phase: Phase, clinicTemplates: readonly ProgramTemplate[] = []): ProgramTemplate[] {
  return [...PROGRAM_TEMPLATES, ...clinicTemplates].filter((template) => template.phase === phase);
}

export const PROGRAM_TEMPLATES: readonly ProgramTemplate[] = [
  {
    id: "acute-protection",
    name: "Acute: protection and pain-free movement",
    phase: "ACUTE",
    description: "Protection, pain-free range of motion, isometrics, trunk control and gentle sub-maximal stretch only.",
    exerciseCodes: ["EX02", "EX03", "EX05", "EX08", "EX10", "EX11", "EX12"],
  },
  {
    id: "subacute-reloading",
    name: "Subacute: Askling L-protocol, stretching and glute strengthening",
    phase: "SUBACUTE",
    description: "Askling lengthening exercises, intensive hamstring and hip-flexor stretching, glute strengthening.",
    exerciseCodes: ["EX14", "EX15", "EX16", "EX12", "EX37", "EX25", "EX26", "EX31", "EX32", "EX33"],
  },
  {
    id: "prevention",
    name: "Prevention: Nordics, strength and flexibility",
    phase: "PREVENTION",
    description: "Stretching and foam rolling, Nordic hamstring programme, glute and hamstring strengthening, night stretching against cramps.",
    exerciseCodes: ["EX12", "EX13", "EX30", "EX27", "EX28", "EX26", "EX37", "EX39"],
  },
];

