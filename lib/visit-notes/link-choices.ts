/**
 * Which records a visit note may link (pure, so the rule is tested on its own): in Objective, the
 * assessments of the patient taken on the visit's day; in Plan, the program versions of the visit's
 * episode that were in force on that day or saved on it. Days are the clinic's calendar days.
 */
export type ProgramVersionOnDay = { id: string; version: number; createdOn: string };

/** The version in force when the day began (the newest saved before it), then every version saved on the day. */
export function programChoices<T extends ProgramVersionOnDay>(versions: readonly T[], day: string): T[] {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const inForce = ordered.filter((program) => program.createdOn < day).at(-1);
  const savedThatDay = ordered.filter((program) => program.createdOn === day);
  return inForce ? [inForce, ...savedThatDay] : savedThatDay;
}

/** The episode a note's plan belongs to: the visit's own, else the patient's active one (newest first), else none. */
export function noteEpisodeId(visitEpisodeId: string | null, episodes: readonly { id: string; status: string }[]): string | null {
  return visitEpisodeId ?? episodes.find((episode) => episode.status === "ACTIVE")?.id ?? null;
}
