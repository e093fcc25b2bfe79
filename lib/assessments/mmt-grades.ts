/**
 * Manual muscle test grades (Oxford/MRC) as an ordered scale, stored as its ordinal index 0–12 and
 * never averaged (domain.md §1.3, [S26]; the index is a [design] storage choice).
 */
export const MMT_GRADES = ["0", "1", "2−", "2", "2+", "3−", "3", "3+", "4−", "4", "4+", "5−", "5"] as const;
export type MmtGrade = (typeof MMT_GRADES)[number];

export const MMT_MAX_INDEX = MMT_GRADES.length - 1;
/** Index of grade 4: at or below it a limb is impaired (domain.md §1.1 row 6, [S26] [S7]). */
export const MMT_GRADE_4_INDEX = MMT_GRADES.indexOf("4");

export function mmtGradeLabel(index: number): MmtGrade {
  const grade = MMT_GRADES[index];
  if (grade === undefined) throw new RangeError(`No MMT grade at index ${index}`);
  return grade;
}

export function mmtGradeIndex(label: string): number | null {
  // Accept a typed hyphen-minus for the minus sign.
  const index = (MMT_GRADES as readonly string[]).indexOf(label.replace("-", "−"));
  return index === -1 ? null : index;
}
