-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('INVITE', 'PASSWORD_RESET', 'LEFS_REQUEST', 'APPOINTMENT_CONFIRMATION', 'APPOINTMENT_REMINDER', 'EXERCISE_REMINDER');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'SKIPPED');

-- CreateTable
CREATE TABLE "mail_message" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "kind" "MailKind" NOT NULL,
    "to_address" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "sealed_link" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "mail_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exercise_reminder" (
    "patient_id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "hour" INTEGER NOT NULL,
    "time_zone" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "exercise_reminder_pkey" PRIMARY KEY ("patient_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mail_message_idempotency_key_key" ON "mail_message"("idempotency_key");

-- CreateIndex
CREATE INDEX "mail_message_clinic_id_created_at_idx" ON "mail_message"("clinic_id", "created_at");

-- CreateIndex
CREATE INDEX "exercise_reminder_clinic_id_enabled_hour_idx" ON "exercise_reminder"("clinic_id", "enabled", "hour");

-- CreateIndex
CREATE UNIQUE INDEX "exercise_reminder_patient_id_clinic_id_key" ON "exercise_reminder"("patient_id", "clinic_id");

-- AddForeignKey
ALTER TABLE "exercise_reminder" ADD CONSTRAINT "exercise_reminder_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The hour a reminder is sent, in the patient's own zone
ALTER TABLE "exercise_reminder" ADD CONSTRAINT "exercise_reminder_hour_check" CHECK ("hour" BETWEEN 0 AND 23);
