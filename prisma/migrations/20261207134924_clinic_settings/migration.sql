-- Clinic settings (issue 16). Existing clinics get UTC, the zone every staff date was in until now,
-- and the default visit lengths of lib/clinics/visit-types.ts.
-- AlterTable
ALTER TABLE "clinic" ADD COLUMN     "assessment_minutes" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "review_minutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "telehealth_minutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'UTC',
ADD COLUMN     "treatment_minutes" INTEGER NOT NULL DEFAULT 45,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
