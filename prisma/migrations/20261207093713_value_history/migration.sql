-- AlterTable
ALTER TABLE "program_item" ADD COLUMN     "clinic_exercise_version_id" UUID;

-- CreateTable
CREATE TABLE "measurement_revision" (
    "id" BIGSERIAL NOT NULL,
    "clinic_id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "measure_code" TEXT NOT NULL,
    "side" "MeasurementSide" NOT NULL,
    "context" TEXT NOT NULL DEFAULT '',
    "value" DOUBLE PRECISION NOT NULL,
    "method" TEXT,
    "flag" BOOLEAN,
    "removed" BOOLEAN NOT NULL DEFAULT false,
    "superseded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "superseded_by_id" UUID NOT NULL,

    CONSTRAINT "measurement_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clinic_exercise_version" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "clinic_exercise_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "targets" "ExerciseTarget"[],
    "phases" "Phase"[],
    "kind" "ExerciseKind" NOT NULL,
    "heavy_or_lengthening" BOOLEAN NOT NULL,
    "sets" INTEGER,
    "reps" INTEGER,
    "hold_seconds" INTEGER,
    "per_week" INTEGER,
    "per_day" INTEGER,
    "dosage_text" TEXT NOT NULL,
    "instructions" TEXT NOT NULL,
    "notes" TEXT,
    "source" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "clinic_exercise_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "measurement_revision_clinic_id_assessment_id_idx" ON "measurement_revision"("clinic_id", "assessment_id");

-- CreateIndex
CREATE INDEX "clinic_exercise_version_clinic_id_clinic_exercise_id_idx" ON "clinic_exercise_version"("clinic_id", "clinic_exercise_id");

-- CreateIndex
CREATE UNIQUE INDEX "clinic_exercise_version_id_clinic_id_key" ON "clinic_exercise_version"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "clinic_exercise_version_clinic_exercise_id_version_key" ON "clinic_exercise_version"("clinic_exercise_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "clinic_exercise_id_clinic_id_key" ON "clinic_exercise"("id", "clinic_id");

-- AddForeignKey
ALTER TABLE "measurement_revision" ADD CONSTRAINT "measurement_revision_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement_revision" ADD CONSTRAINT "measurement_revision_assessment_id_clinic_id_fkey" FOREIGN KEY ("assessment_id", "clinic_id") REFERENCES "assessment"("id", "clinic_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement_revision" ADD CONSTRAINT "measurement_revision_superseded_by_id_clinic_id_fkey" FOREIGN KEY ("superseded_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_exercise_version" ADD CONSTRAINT "clinic_exercise_version_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_exercise_version" ADD CONSTRAINT "clinic_exercise_version_clinic_exercise_id_clinic_id_fkey" FOREIGN KEY ("clinic_exercise_id", "clinic_id") REFERENCES "clinic_exercise"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_exercise_version" ADD CONSTRAINT "clinic_exercise_version_created_by_id_clinic_id_fkey" FOREIGN KEY ("created_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_item" ADD CONSTRAINT "program_item_clinic_exercise_version_id_clinic_id_fkey" FOREIGN KEY ("clinic_exercise_version_id", "clinic_id") REFERENCES "clinic_exercise_version"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: each existing clinic exercise gets its current content as its first saved version, and
-- every program item that uses one points at it (the best that can be known about what was given)
INSERT INTO "clinic_exercise_version" ("id", "clinic_id", "clinic_exercise_id", "version", "code", "name", "targets", "phases", "kind",
  "heavy_or_lengthening", "sets", "reps", "hold_seconds", "per_week", "per_day", "dosage_text", "instructions", "notes", "source",
  "created_by_id", "created_at")
SELECT gen_random_uuid(), ce."clinic_id", ce."id", ce."version", ce."code", ce."name", ce."targets", ce."phases", ce."kind",
  ce."heavy_or_lengthening", ce."sets", ce."reps", ce."hold_seconds", ce."per_week", ce."per_day", ce."dosage_text", ce."instructions",
  ce."notes", ce."source", ce."created_by_id", ce."updated_at"
FROM "clinic_exercise" ce;

UPDATE "program_item" pi
SET "clinic_exercise_version_id" = v."id"
FROM "clinic_exercise_version" v
WHERE v."clinic_id" = pi."clinic_id" AND v."code" = pi."exercise_code";
