-- CreateIndex
CREATE INDEX "audit_event_clinic_id_actor_id_at_idx" ON "audit_event"("clinic_id", "actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_clinic_id_patient_id_at_idx" ON "audit_event"("clinic_id", "patient_id", "at");
