/** The choices the episode form offers and the episode page shows, in words; free of zod. */
export const INJURY_SIDE_OPTIONS = [
  { value: "LEFT", label: "Left" },
  { value: "RIGHT", label: "Right" },
  { value: "BOTH", label: "Both" },
] as const;

/** Stretching-type injuries take longer to return to sport than sprinting-type (domain.md §5, [S8]). */
export const MECHANISM_OPTIONS = [
  { value: "SPRINTING", label: "Sprinting (high-speed running)" },
  { value: "STRETCHING", label: "Stretching (slow, extreme lengthening)" },
  { value: "OTHER", label: "Other or unknown" },
] as const;
