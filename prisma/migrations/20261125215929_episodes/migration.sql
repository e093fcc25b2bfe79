-- CreateEnum
CREATE TYPE "Phase" AS ENUM ('ACUTE', 'SUBACUTE', 'PREVENTION');

-- CreateEnum
CREATE TYPE "EpisodeStatus" AS ENUM ('ACTIVE', 'ON_HOLD', 'FINISHED');

-- CreateEnum
CREATE TYPE "InjuryMechanism" AS ENUM ('SPRINTING', 'STRETCHING', 'OTHER');

-- CreateEnum
CREATE TYPE "InjurySide" AS ENUM ('LEFT', 'RIGHT', 'BOTH');

-- CreateTable
CREATE TABLE "episode" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "clinician_id" UUID NOT NULL,
    "diagnosis" TEXT NOT NULL,
    "icd10_code" TEXT,
    "side" "InjurySide" NOT NULL,
    "onset_date" DATE NOT NULL,
    "mechanism" "InjuryMechanism" NOT NULL,
    "status" "EpisodeStatus" NOT NULL DEFAULT 'ACTIVE',
    "phase" "Phase" NOT NULL DEFAULT 'ACUTE',
    "phase_since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "request_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phase_change" (
    "id" BIGSERIAL NOT NULL,
    "clinic_id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "from_phase" "Phase",
    "to_phase" "Phase" NOT NULL,
    "changed_by_id" UUID NOT NULL,
    "reason" TEXT,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "phase_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "episode_request_id_key" ON "episode"("request_id");

-- CreateIndex
CREATE INDEX "episode_clinic_id_patient_id_status_idx" ON "episode"("clinic_id", "patient_id", "status");

-- CreateIndex
CREATE INDEX "episode_clinic_id_status_phase_idx" ON "episode"("clinic_id", "status", "phase");

-- CreateIndex
CREATE INDEX "phase_change_clinic_id_episode_id_changed_at_idx" ON "phase_change"("clinic_id", "episode_id", "changed_at");

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "episode" ADD CONSTRAINT "episode_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "episode" ADD CONSTRAINT "episode_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "episode" ADD CONSTRAINT "episode_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phase_change" ADD CONSTRAINT "phase_change_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phase_change" ADD CONSTRAINT "phase_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
