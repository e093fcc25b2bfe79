/**
 * What every request reads to check its session (see data.ts unsafeGetSessionAccount): shared with
 * the registry benchmark, which reports what this lookup costs. The clinic's time zone rides along
 * (joined in the same statement), so staff pages know the clinic's "today" without another query.
 */
export const sessionAccountSelect = {
  role: true,
  status: true,
  clinicId: true,
  sessionGeneration: true,
  patient: { select: { id: true, clinicId: true, status: true } },
  clinic: { select: { timeZone: true } },
} as const;
