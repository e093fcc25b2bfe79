-- DropForeignKey
ALTER TABLE "assessment" DROP CONSTRAINT "assessment_clinician_id_fkey";

-- DropForeignKey
ALTER TABLE "assessment" DROP CONSTRAINT "assessment_episode_id_fkey";

-- DropForeignKey
ALTER TABLE "assessment" DROP CONSTRAINT "assessment_patient_id_fkey";

-- DropForeignKey
ALTER TABLE "cramp_entry" DROP CONSTRAINT "cramp_entry_episode_id_fkey";

-- DropForeignKey
ALTER TABLE "cramp_entry" DROP CONSTRAINT "cramp_entry_patient_id_fkey";

-- DropForeignKey
ALTER TABLE "episode" DROP CONSTRAINT "episode_clinician_id_fkey";

-- DropForeignKey
ALTER TABLE "episode" DROP CONSTRAINT "episode_patient_id_fkey";

-- DropForeignKey
ALTER TABLE "episode_status_change" DROP CONSTRAINT "episode_status_change_episode_id_fkey";

-- DropForeignKey
ALTER TABLE "exercise_log" DROP CONSTRAINT "exercise_log_episode_id_fkey";

-- DropForeignKey
ALTER TABLE "exercise_log" DROP CONSTRAINT "exercise_log_patient_id_fkey";

-- DropForeignKey
ALTER TABLE "exercise_log" DROP CONSTRAINT "exercise_log_program_id_fkey";

-- DropForeignKey
ALTER TABLE "exercise_log" DROP CONSTRAINT "exercise_log_program_item_id_fkey";

-- DropForeignKey
ALTER TABLE "lefs_questionnaire" DROP CONSTRAINT "lefs_questionnaire_episode_id_fkey";

-- DropForeignKey
ALTER TABLE "lefs_questionnaire" DROP CONSTRAINT "lefs_questionnaire_patient_id_fkey";

-- DropForeignKey
ALTER TABLE "lefs_questionnaire" DROP CONSTRAINT "lefs_questionnaire_requested_by_id_fkey";

-- DropForeignKey
ALTER TABLE "measurement" DROP CONSTRAINT "measurement_assessment_id_fkey";

-- DropForeignKey
ALTER TABLE "morning_pain" DROP CONSTRAINT "morning_pain_episode_id_fkey";

-- DropForeignKey
ALTER TABLE "morning_pain" DROP CONSTRAINT "morning_pain_patient_id_fkey";

-- DropForeignKey
ALTER TABLE "password_token" DROP CONSTRAINT "password_token_created_by_id_fkey";

-- DropForeignKey
ALTER TABLE "password_token" DROP CONSTRAINT "password_token_user_id_fkey";

-- DropForeignKey
ALTER TABLE "patient" DROP CONSTRAINT "patient_portal_user_id_fkey";

-- DropForeignKey
ALTER TABLE "phase_change" DROP CONSTRAINT "phase_change_changed_by_id_fkey";

-- DropForeignKey
ALTER TABLE "phase_change" DROP CONSTRAINT "phase_change_episode_id_fkey";

-- DropForeignKey
ALTER TABLE "portal_invitation" DROP CONSTRAINT "portal_invitation_created_by_id_fkey";

-- DropForeignKey
ALTER TABLE "portal_invitation" DROP CONSTRAINT "portal_invitation_patient_id_fkey";

-- DropForeignKey
ALTER TABLE "program" DROP CONSTRAINT "program_created_by_id_fkey";

-- DropForeignKey
ALTER TABLE "program" DROP CONSTRAINT "program_episode_id_fkey";

-- DropForeignKey
ALTER TABLE "program_item" DROP CONSTRAINT "program_item_program_id_fkey";

-- DropForeignKey
ALTER TABLE "program_template_item" DROP CONSTRAINT "program_template_item_template_id_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "app_user_id_clinic_id_key" ON "app_user"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_id_clinic_id_key" ON "assessment"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "episode_id_clinic_id_key" ON "episode"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "episode_id_clinic_id_patient_id_key" ON "episode"("id", "clinic_id", "patient_id");

-- CreateIndex
CREATE UNIQUE INDEX "patient_id_clinic_id_key" ON "patient"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "patient_portal_user_id_clinic_id_key" ON "patient"("portal_user_id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "program_id_clinic_id_key" ON "program"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "program_item_id_clinic_id_key" ON "program_item"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "program_template_id_clinic_id_key" ON "program_template"("id", "clinic_id");

-- AddForeignKey
ALTER TABLE "password_token" ADD CONSTRAINT "password_token_user_id_clinic_id_fkey" FOREIGN KEY ("user_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_token" ADD CONSTRAINT "password_token_created_by_id_clinic_id_fkey" FOREIGN KEY ("created_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_clinician_id_clinic_id_fkey" FOREIGN KEY ("clinician_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_episode_id_clinic_id_patient_id_fkey" FOREIGN KEY ("episode_id", "clinic_id", "patient_id") REFERENCES "episode"("id", "clinic_id", "patient_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_assessment_id_clinic_id_fkey" FOREIGN KEY ("assessment_id", "clinic_id") REFERENCES "assessment"("id", "clinic_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_episode_id_clinic_id_patient_id_fkey" FOREIGN KEY ("episode_id", "clinic_id", "patient_id") REFERENCES "episode"("id", "clinic_id", "patient_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_program_id_clinic_id_fkey" FOREIGN KEY ("program_id", "clinic_id") REFERENCES "program"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_log" ADD CONSTRAINT "exercise_log_program_item_id_clinic_id_fkey" FOREIGN KEY ("program_item_id", "clinic_id") REFERENCES "program_item"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "morning_pain" ADD CONSTRAINT "morning_pain_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "morning_pain" ADD CONSTRAINT "morning_pain_episode_id_clinic_id_patient_id_fkey" FOREIGN KEY ("episode_id", "clinic_id", "patient_id") REFERENCES "episode"("id", "clinic_id", "patient_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cramp_entry" ADD CONSTRAINT "cramp_entry_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cramp_entry" ADD CONSTRAINT "cramp_entry_episode_id_clinic_id_patient_id_fkey" FOREIGN KEY ("episode_id", "clinic_id", "patient_id") REFERENCES "episode"("id", "clinic_id", "patient_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lefs_questionnaire" ADD CONSTRAINT "lefs_questionnaire_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lefs_questionnaire" ADD CONSTRAINT "lefs_questionnaire_episode_id_clinic_id_patient_id_fkey" FOREIGN KEY ("episode_id", "clinic_id", "patient_id") REFERENCES "episode"("id", "clinic_id", "patient_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lefs_questionnaire" ADD CONSTRAINT "lefs_questionnaire_requested_by_id_clinic_id_fkey" FOREIGN KEY ("requested_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "episode" ADD CONSTRAINT "episode_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "episode" ADD CONSTRAINT "episode_clinician_id_clinic_id_fkey" FOREIGN KEY ("clinician_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phase_change" ADD CONSTRAINT "phase_change_episode_id_clinic_id_fkey" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phase_change" ADD CONSTRAINT "phase_change_changed_by_id_clinic_id_fkey" FOREIGN KEY ("changed_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "episode_status_change" ADD CONSTRAINT "episode_status_change_episode_id_clinic_id_fkey" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portal_invitation" ADD CONSTRAINT "portal_invitation_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portal_invitation" ADD CONSTRAINT "portal_invitation_created_by_id_clinic_id_fkey" FOREIGN KEY ("created_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patient" ADD CONSTRAINT "patient_portal_user_id_clinic_id_fkey" FOREIGN KEY ("portal_user_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program" ADD CONSTRAINT "program_episode_id_clinic_id_fkey" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program" ADD CONSTRAINT "program_created_by_id_clinic_id_fkey" FOREIGN KEY ("created_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_item" ADD CONSTRAINT "program_item_program_id_clinic_id_fkey" FOREIGN KEY ("program_id", "clinic_id") REFERENCES "program"("id", "clinic_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_template_item" ADD CONSTRAINT "program_template_item_template_id_clinic_id_fkey" FOREIGN KEY ("template_id", "clinic_id") REFERENCES "program_template"("id", "clinic_id") ON DELETE CASCADE ON UPDATE CASCADE;
