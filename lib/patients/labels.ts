/** The choices the patient form offers and the sidebar shows, in words; free of zod. */
export const SEX_OPTIONS = [
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: "OTHER", label: "Other" },
  { value: "UNKNOWN", label: "Unknown" },
] as const;

export const LEG_OPTIONS = [
  { value: "", label: "Not recorded" },
  { value: "LEFT", label: "Left" },
  { value: "RIGHT", label: "Right" },
] as const;
