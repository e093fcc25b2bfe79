-- CreateEnum
CREATE TYPE "CrampContext" AS ENUM ('NIGHT_SLEEP', 'REST_SITTING', 'REST_LYING_AWAKE', 'DURING_EXERCISE', 'POST_EXERCISE', 'OTHER');

-- CreateEnum
CREATE TYPE "MuscleSite" AS ENUM ('HAMSTRING_MEDIAL', 'HAMSTRING_LATERAL', 'HAMSTRING_UNSPECIFIED', 'CALF', 'FOOT', 'QUADRICEPS', 'ADDUCTORS', 'OTHER');

-- CreateEnum
CREATE TYPE "ReliefMethod" AS ENUM ('STATIC_STRETCH', 'MASSAGE', 'WALKING', 'NONE', 'OTHER');

-- CreateTable
CREATE TABLE "portal_invitation" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "portal_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exercise_log" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "program_item_id" BIGINT NOT NULL,
    "exercise_code" TEXT NOT NULL,
    "performed_on" DATE NOT NULL,
    "as_prescribed" BOOLEAN NOT NULL,
    "sets" INTEGER,
    "reps" INTEGER,
    "hold_seconds" INTEGER,
    "load_kg" DOUBLE PRECISION,
    "pain_during" INTEGER,
    "note" TEXT,
    "idempotency_key" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "exercise_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "morning_pain" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "session_date" DATE NOT NULL,
    "pain" INTEGER NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "morning_pain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cramp_entry" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "episode_id" UUID,
    "onset_at" TIMESTAMPTZ NOT NULL,
    "context" "CrampContext" NOT NULL,
    "muscle_site" "MuscleSite" NOT NULL,
    "side" "InjurySide" NOT NULL,
    "duration_seconds" INTEGER NOT NULL,
    "severity" INTEGER NOT NULL,
    "stopped_activity" BOOLEAN NOT NULL,
    "relief_methods" "ReliefMethod"[],
    "fluid_intake_ml" INTEGER,
    "sleep_disrupted" BOOLEAN,
    "systemic_symptoms" BOOLEAN NOT NULL,
    "notes" TEXT,
    "idempotency_key" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cramp_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lefs_questionnaire" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "episode_id" UUID,
    "requested_by_id" UUID NOT NULL,
    "requested_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),
    "total" INTEGER,

    CONSTRAINT "lefs_questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lefs_answer" (
    "questionnaire_id" UUID NOT NULL,
    "item" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "answered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lefs_answer_pkey" PRIMARY KEY ("questionnaire_id","item")
);

-- CreateIndex
CREATE UNIQUE INDEX "portal_invitation_token_hash_key" ON "portal_invitation"("token_hash");

-- CreateIndex
CREATE INDEX "portal_invitation_clinic_id_patient_id_created_at_idx" ON "portal_invitation"("clinic_id", "patient_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "exercise_log_idempotency_key_key" ON "exercise_log"("idempotency_key");

-- CreateIndex
CREATE INDEX "exercise_log_clinic_id_patient_id_performed_on_idx" ON "exercise_log"("clinic_id", "patient_id", "performed_on");

-- CreateIndex
CREATE INDEX "exercise_log_clinic_id_episode_id_performed_on_idx" ON "exercise_log"("clinic_id", "episode_id", "performed_on");

-- CreateIndex
CREATE INDEX "exercise_log_program_item_id_performed_on_idx" ON "exercise_log"("program_item_id", "performed_on");

-- CreateIndex
CREATE INDEX "morning_pain_clinic_id_episode_id_session_date_idx" ON "morning_pain"("clinic_id", "episode_id", "session_date");

-- CreateIndex
CREATE UNIQUE INDEX "morning_pain_patient_id_session_date_key" ON "morning_pain"("patient_id", "session_date");

-- CreateIndex
CREATE UNIQUE INDEX "cramp_entry_idempotency_key_key" ON "cramp_entry"("idempotency_key");

-- CreateIndex
CREATE INDEX "cramp_entry_clinic_id_patient_id_onset_at_idx" ON "cramp_entry"("clinic_id", "patient_id", "onset_at");

-- CreateIndex
CREATE INDEX "lefs_questionnaire_clinic_id_patient_id_requested_at_idx" ON "lefs_questionnaire"("clinic_id", "patient_id", "requested_at");

-- AddForeignKey
ALTER TABLE "portal_invitation" ADD CONSTRAINT "portal_invitation_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portal_invitation" ADD CONSTRAINT "portal_invitation_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portal_invitation" ADD CONSTRAINT "portal_invitation_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_program_item_id_fkey" FOREIGN KEY ("program_item_id") REFERENCES "program_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "morning_pain" ADD CONSTRAINT "morning_pain_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "morning_pain" ADD CONSTRAINT "morning_pain_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "morning_pain" ADD CONSTRAINT "morning_pain_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cramp_entry" ADD CONSTRAINT "cramp_entry_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cramp_entry" ADD CONSTRAINT "cramp_entry_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cramp_entry" ADD CONSTRAINT "cramp_entry_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lefs_questionnaire" ADD CONSTRAINT "lefs_questionnaire_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lefs_questionnaire" ADD CONSTRAINT "lefs_questionnaire_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lefs_questionnaire" ADD CONSTRAINT "lefs_questionnaire_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lefs_questionnaire" ADD CONSTRAINT "lefs_questionnaire_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lefs_answer" ADD CONSTRAINT "lefs_answer_questionnaire_id_fkey" FOREIGN KEY ("questionnaire_id") REFERENCES "lefs_questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;
