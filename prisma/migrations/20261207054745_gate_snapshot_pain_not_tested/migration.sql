-- AlterTable
ALTER TABLE "phase_change" ADD COLUMN     "gate_snapshot" JSONB;

-- Pain on testing was a checkbox, so an unticked box stored false although nobody asked. The form
-- now asks yes, no or not tested, and an old false means not tested, which the phase gates read as missing.
UPDATE "measurement" SET "flag" = NULL WHERE "flag" = false;
