import type { ChipOption } from "@/components/ui/choice-chips";
import { CRAMP_CONTEXT_LABELS, CRAMP_SIDE_LABELS, MUSCLE_SITE_LABELS, RELIEF_METHOD_LABELS, STRAIN_SIGN_LABELS } from "@/lib/cramps/labels";

const optionsOf = <K extends string>(labels: Record<K, string>): ChipOption<K>[] =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** The cramp form's choices, in the order of the label maps (domain.md §1.6 values). */
export const CONTEXT_OPTIONS = optionsOf(CRAMP_CONTEXT_LABELS);
export const SITE_OPTIONS = optionsOf(MUSCLE_SITE_LABELS);
export const SIDE_OPTIONS = optionsOf(CRAMP_SIDE_LABELS);
export const RELIEF_OPTIONS = optionsOf(RELIEF_METHOD_LABELS);
export const STRAIN_SIGN_OPTIONS = optionsOf(STRAIN_SIGN_LABELS);
export const YES_NO_OPTIONS: ChipOption<boolean>[] = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
];
