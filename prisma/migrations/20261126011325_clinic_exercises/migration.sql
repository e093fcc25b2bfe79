-- CreateEnum
CREATE TYPE "ExerciseTarget" AS ENUM ('HAMSTRINGS', 'GLUTEUS_MAXIMUS', 'GLUTEUS_MEDIUS', 'HIP_FLEXORS', 'CORE', 'GENERAL');

-- CreateEnum
CREATE TYPE "ExerciseKind" AS ENUM ('exercise', 'stretch', 'isometric', 'education');

-- CreateTable
CREATE TABLE "clinic_exercise" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
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
    "request_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived_at" TIMESTAMP(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "clinic_exercise_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "clinic_exercise_request_id_key" ON "clinic_exercise"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "clinic_exercise_clinic_id_number_key" ON "clinic_exercise"("clinic_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "clinic_exercise_clinic_id_code_key" ON "clinic_exercise"("clinic_id", "code");

-- AddForeignKey
ALTER TABLE "clinic_exercise" ADD CONSTRAINT "clinic_exercise_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
