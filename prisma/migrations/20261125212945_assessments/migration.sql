-- CreateEnum
CREATE TYPE "MeasurementSide" AS ENUM ('LEFT', 'RIGHT', 'NONE');

-- CreateTable
CREATE TABLE "assessment" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "episode_id" UUID,
    "clinician_id" UUID NOT NULL,
    "assessed_on" DATE NOT NULL,
    "body_mass_kg" DOUBLE PRECISION,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "request_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measurement" (
    "id" BIGSERIAL NOT NULL,
    "clinic_id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "measure_code" TEXT NOT NULL,
    "side" "MeasurementSide" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "method" TEXT,
    "context" TEXT NOT NULL DEFAULT '',
    "flag" BOOLEAN,

    CONSTRAINT "measurement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "assessment_request_id_key" ON "assessment"("request_id");

-- CreateIndex
CREATE INDEX "assessment_clinic_id_patient_id_assessed_on_idx" ON "assessment"("clinic_id", "patient_id", "assessed_on");

-- CreateIndex
CREATE INDEX "measurement_clinic_id_measure_code_idx" ON "measurement"("clinic_id", "measure_code");

-- CreateIndex
CREATE UNIQUE INDEX "measurement_assessment_id_measure_code_side_context_key" ON "measurement"("assessment_id", "measure_code", "side", "context");

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
