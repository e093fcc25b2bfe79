/**
 * How often a program item is meant to be done, as the portal (what is due today) and the progress
 * charts (adherence = sessions done ÷ sessions prescribed) both count it. One rule, so the patient's
 * plan and the clinician's adherence figure can never disagree.
 */
export type Frequency = { perWeek: number | null; perDay: number | null };

/**
 * Sessions per week the item prescribes: perWeek days × perDay sessions (1 when unset); perDay alone
 * means every day. An item with neither (education, "as advised") has no schedule and returns null:
 * it is shown to the patient but not counted for or against adherence.
 */
export function sessionsPerWeek({ perWeek, perDay }: Frequency): number | null {
  if (perWeek !== null) return perWeek * (perDay ?? 1);
  if (perDay !== null) return 7 * perDay;
  return null;
}
