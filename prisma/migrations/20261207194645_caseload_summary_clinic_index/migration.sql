-- CreateIndex
CREATE INDEX "caseload_summary_clinic_id_idx" ON "caseload_summary"("clinic_id");
