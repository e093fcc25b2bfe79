-- Clinic settings: the database refuses what the settings form refuses (lib/clinics/schema.ts and
-- visit-types.ts, checked against this file by lib/clinics/visit-types.test.ts). The zone's shape only:
-- whether a zone exists is the app's check, as PostgreSQL's list and the runtime's can differ.
ALTER TABLE "clinic" ADD CONSTRAINT "clinic_name_length" CHECK (char_length("name") BETWEEN 1 AND 120);
ALTER TABLE "clinic" ADD CONSTRAINT "clinic_time_zone_shape" CHECK ("time_zone" ~ '^[A-Za-z][A-Za-z0-9_+/-]{0,63}$');
ALTER TABLE "clinic" ADD CONSTRAINT "clinic_assessment_minutes_range" CHECK ("assessment_minutes" BETWEEN 5 AND 240 AND "assessment_minutes" % 5 = 0);
ALTER TABLE "clinic" ADD CONSTRAINT "clinic_treatment_minutes_range" CHECK ("treatment_minutes" BETWEEN 5 AND 240 AND "treatment_minutes" % 5 = 0);
ALTER TABLE "clinic" ADD CONSTRAINT "clinic_review_minutes_range" CHECK ("review_minutes" BETWEEN 5 AND 240 AND "review_minutes" % 5 = 0);
ALTER TABLE "clinic" ADD CONSTRAINT "clinic_telehealth_minutes_range" CHECK ("telehealth_minutes" BETWEEN 5 AND 240 AND "telehealth_minutes" % 5 = 0);
