-- CreateTable
CREATE TABLE "caseload_summary" (
    "episode_id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "activity" BIGINT NOT NULL DEFAULT 0,
    "computed_activity" BIGINT,
    "computed_for" DATE,
    "computed_zone" TEXT,
    "rules_version" TEXT,
    "alerts" JSONB,
    "last_log_on" DATE,
    "last_assessed_on" DATE,

    CONSTRAINT "caseload_summary_pkey" PRIMARY KEY ("episode_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "caseload_summary_episode_id_clinic_id_key" ON "caseload_summary"("episode_id", "clinic_id");

-- AddForeignKey
ALTER TABLE "caseload_summary" ADD CONSTRAINT "caseload_summary_episode_id_clinic_id_fkey" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id", "clinic_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every episode has its summary row from its first moment, so the dashboard only ever updates one and a
-- change can always mark it: rows for the episodes already stored, then one per new episode.
INSERT INTO "caseload_summary" ("episode_id", "clinic_id") SELECT "id", "clinic_id" FROM "episode";

CREATE FUNCTION "caseload_summary_create"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  INSERT INTO caseload_summary (episode_id, clinic_id) SELECT id, clinic_id FROM changed ON CONFLICT DO NOTHING\003B
  RETURN NULL\003B
END
';

CREATE TRIGGER "episode_caseload_summary_create" AFTER INSERT ON "episode"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_create"();

-- Marks the summaries of these episodes as out of date: their activity goes up by one in the writing
-- transaction. Rows are locked in episode order first, so two transactions marking overlapping sets of
-- episodes (a patient's cramp, a clinic's catalogue) wait for each other instead of deadlocking.
CREATE FUNCTION "caseload_summary_touch"(episode_ids uuid[]) RETURNS void LANGUAGE plpgsql AS U&'
BEGIN
  IF episode_ids IS NULL OR cardinality(episode_ids) = 0 THEN
    RETURN\003B
  END IF\003B
  PERFORM 1 FROM caseload_summary WHERE episode_id = ANY(episode_ids) ORDER BY episode_id FOR UPDATE\003B
  UPDATE caseload_summary SET activity = activity + 1 WHERE episode_id = ANY(episode_ids)\003B
END
';

-- One trigger function per way a changed row names its episodes (a patient's by clinic and patient, so
-- the episode index on (clinic_id, patient_id, status) finds them). Each reads the statement's changed
-- rows (a transition table named "changed", new rows on INSERT and UPDATE, old rows on DELETE), so a
-- bulk insert marks each episode once.
CREATE FUNCTION "caseload_summary_touch_by_episode"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  PERFORM caseload_summary_touch(ARRAY(SELECT DISTINCT episode_id FROM changed WHERE episode_id IS NOT NULL))\003B
  RETURN NULL\003B
END
';

CREATE FUNCTION "caseload_summary_touch_episode_rows"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  PERFORM caseload_summary_touch(ARRAY(SELECT DISTINCT id FROM changed))\003B
  RETURN NULL\003B
END
';

CREATE FUNCTION "caseload_summary_touch_by_patient"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  PERFORM caseload_summary_touch(ARRAY(
    SELECT e.id FROM episode e WHERE (e.clinic_id, e.patient_id) IN (SELECT clinic_id, patient_id FROM changed)))\003B
  RETURN NULL\003B
END
';

CREATE FUNCTION "caseload_summary_touch_by_program"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  PERFORM caseload_summary_touch(ARRAY(
    SELECT DISTINCT p.episode_id FROM program p WHERE p.id IN (SELECT program_id FROM changed)))\003B
  RETURN NULL\003B
END
';

CREATE FUNCTION "caseload_summary_touch_by_assessment"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  PERFORM caseload_summary_touch(ARRAY(
    SELECT e.id FROM episode e
     WHERE (e.clinic_id, e.patient_id) IN (SELECT a.clinic_id, a.patient_id FROM assessment a WHERE a.id IN (SELECT assessment_id FROM changed))))\003B
  RETURN NULL\003B
END
';

CREATE FUNCTION "caseload_summary_touch_by_clinic"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  PERFORM caseload_summary_touch(ARRAY(
    SELECT s.episode_id FROM caseload_summary s WHERE s.clinic_id IN (SELECT clinic_id FROM changed)))\003B
  RETURN NULL\003B
END
';

CREATE TRIGGER "episode_caseload_summary_touch" AFTER UPDATE ON "episode"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_episode_rows"();

-- The tables the alert rules and phase gates read: lib/caseload/data.ts, listGateEvidence in
-- lib/episodes/data.ts and the clinic's exercise catalogue. A trigger may name one event only when it
-- has a transition table, hence three per table.
CREATE TRIGGER "exercise_log_caseload_summary_insert" AFTER INSERT ON "exercise_log"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "exercise_log_caseload_summary_update" AFTER UPDATE ON "exercise_log"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "exercise_log_caseload_summary_delete" AFTER DELETE ON "exercise_log"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "morning_pain_caseload_summary_insert" AFTER INSERT ON "morning_pain"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "morning_pain_caseload_summary_update" AFTER UPDATE ON "morning_pain"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "morning_pain_caseload_summary_delete" AFTER DELETE ON "morning_pain"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "program_caseload_summary_insert" AFTER INSERT ON "program"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "program_caseload_summary_update" AFTER UPDATE ON "program"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "program_caseload_summary_delete" AFTER DELETE ON "program"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "phase_change_caseload_summary_insert" AFTER INSERT ON "phase_change"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "phase_change_caseload_summary_update" AFTER UPDATE ON "phase_change"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "phase_change_caseload_summary_delete" AFTER DELETE ON "phase_change"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "episode_status_change_caseload_summary_insert" AFTER INSERT ON "episode_status_change"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "episode_status_change_caseload_summary_update" AFTER UPDATE ON "episode_status_change"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "episode_status_change_caseload_summary_delete" AFTER DELETE ON "episode_status_change"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_episode"();
CREATE TRIGGER "program_item_caseload_summary_insert" AFTER INSERT ON "program_item"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_program"();
CREATE TRIGGER "program_item_caseload_summary_update" AFTER UPDATE ON "program_item"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_program"();
CREATE TRIGGER "program_item_caseload_summary_delete" AFTER DELETE ON "program_item"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_program"();
CREATE TRIGGER "assessment_caseload_summary_insert" AFTER INSERT ON "assessment"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_patient"();
CREATE TRIGGER "assessment_caseload_summary_update" AFTER UPDATE ON "assessment"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_patient"();
CREATE TRIGGER "assessment_caseload_summary_delete" AFTER DELETE ON "assessment"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_patient"();
CREATE TRIGGER "measurement_caseload_summary_insert" AFTER INSERT ON "measurement"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_assessment"();
CREATE TRIGGER "measurement_caseload_summary_update" AFTER UPDATE ON "measurement"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_assessment"();
CREATE TRIGGER "measurement_caseload_summary_delete" AFTER DELETE ON "measurement"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_assessment"();
CREATE TRIGGER "cramp_entry_caseload_summary_insert" AFTER INSERT ON "cramp_entry"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_patient"();
CREATE TRIGGER "cramp_entry_caseload_summary_update" AFTER UPDATE ON "cramp_entry"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_patient"();
CREATE TRIGGER "cramp_entry_caseload_summary_delete" AFTER DELETE ON "cramp_entry"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_patient"();
CREATE TRIGGER "clinic_exercise_caseload_summary_insert" AFTER INSERT ON "clinic_exercise"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_clinic"();
CREATE TRIGGER "clinic_exercise_caseload_summary_update" AFTER UPDATE ON "clinic_exercise"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_clinic"();
CREATE TRIGGER "clinic_exercise_caseload_summary_delete" AFTER DELETE ON "clinic_exercise"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_clinic"();
CREATE TRIGGER "clinic_exercise_version_caseload_summary_insert" AFTER INSERT ON "clinic_exercise_version"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_clinic"();
CREATE TRIGGER "clinic_exercise_version_caseload_summary_update" AFTER UPDATE ON "clinic_exercise_version"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_clinic"();
CREATE TRIGGER "clinic_exercise_version_caseload_summary_delete" AFTER DELETE ON "clinic_exercise_version"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_summary_touch_by_clinic"();
