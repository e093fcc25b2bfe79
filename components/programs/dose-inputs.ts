/** The dose inputs of a program item and a template item, in the order the editor shows them. */
export const DOSE_INPUTS = [
  { name: "sets", label: "Sets" },
  { name: "reps", label: "Reps" },
  { name: "holdSeconds", label: "Hold (s)" },
  { name: "durationSeconds", label: "Time (s)" },
  { name: "loadKg", label: "Load (kg)" },
  { name: "distanceM", label: "Distance (m)" },
  { name: "perWeek", label: "Times a week" },
  { name: "everyDays", label: "Every … days" },
  { name: "perDay", label: "Times a day" },
] as const;
