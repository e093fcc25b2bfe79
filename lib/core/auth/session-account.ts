/**
 * What every request reads to check its session (see data.ts unsafeGetSessionAccount): shared with
 * the registry benchmark, which reports what this lookup costs.
 */
export const sessionAccountSelect = {
  role: true,
  status: true,
  clinicId: true,
  sessionGeneration: true,
  patient: { select: { id: true, clinicId: true, status: true } },
} as const;
