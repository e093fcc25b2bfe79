-- CreateTable
CREATE TABLE "visit_reminder_setting" (
    "patient_id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "visit_reminder_setting_pkey" PRIMARY KEY ("patient_id")
);

-- CreateIndex
CREATE INDEX "visit_reminder_setting_clinic_id_idx" ON "visit_reminder_setting"("clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "visit_reminder_setting_patient_id_clinic_id_key" ON "visit_reminder_setting"("patient_id", "clinic_id");

-- AddForeignKey
ALTER TABLE "visit_reminder_setting" ADD CONSTRAINT "visit_reminder_setting_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;
