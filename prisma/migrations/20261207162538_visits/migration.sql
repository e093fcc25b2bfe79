-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gist";

-- CreateEnum
CREATE TYPE "VisitType" AS ENUM ('ASSESSMENT', 'TREATMENT', 'REVIEW', 'TELEHEALTH');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'ATTENDED', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisitNoteStatus" AS ENUM ('DRAFT', 'SIGNED');

-- CreateTable
CREATE TABLE "appointment" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "clinician_id" UUID NOT NULL,
    "episode_id" UUID,
    "type" "VisitType" NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "cancel_reason" TEXT,
    "move_reason" TEXT,
    "booked_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "request_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_note" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "appointment_id" UUID NOT NULL,
    "episode_id" UUID,
    "author_id" UUID NOT NULL,
    "subjective" TEXT NOT NULL DEFAULT '',
    "objective" TEXT NOT NULL DEFAULT '',
    "assessment" TEXT NOT NULL DEFAULT '',
    "plan" TEXT NOT NULL DEFAULT '',
    "assessment_id" UUID,
    "program_id" UUID,
    "status" "VisitNoteStatus" NOT NULL DEFAULT 'DRAFT',
    "signed_at" TIMESTAMPTZ,
    "signed_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "request_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "visit_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_note_addendum" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "note_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "request_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "visit_note_addendum_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "appointment_request_id_key" ON "appointment"("request_id");

-- CreateIndex
CREATE INDEX "appointment_clinic_id_clinician_id_starts_at_idx" ON "appointment"("clinic_id", "clinician_id", "starts_at");

-- CreateIndex
CREATE INDEX "appointment_clinic_id_patient_id_starts_at_idx" ON "appointment"("clinic_id", "patient_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_id_clinic_id_key" ON "appointment"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_id_clinic_id_patient_id_key" ON "appointment"("id", "clinic_id", "patient_id");

-- CreateIndex
CREATE UNIQUE INDEX "visit_note_request_id_key" ON "visit_note"("request_id");

-- CreateIndex
CREATE INDEX "visit_note_clinic_id_status_created_at_idx" ON "visit_note"("clinic_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "visit_note_clinic_id_patient_id_created_at_idx" ON "visit_note"("clinic_id", "patient_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "visit_note_id_clinic_id_key" ON "visit_note"("id", "clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "visit_note_appointment_id_clinic_id_patient_id_key" ON "visit_note"("appointment_id", "clinic_id", "patient_id");

-- CreateIndex
CREATE UNIQUE INDEX "visit_note_addendum_request_id_key" ON "visit_note_addendum"("request_id");

-- CreateIndex
CREATE INDEX "visit_note_addendum_clinic_id_note_id_created_at_idx" ON "visit_note_addendum"("clinic_id", "note_id", "created_at");

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_clinician_id_clinic_id_fkey" FOREIGN KEY ("clinician_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_booked_by_id_clinic_id_fkey" FOREIGN KEY ("booked_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_episode_id_clinic_id_patient_id_fkey" FOREIGN KEY ("episode_id", "clinic_id", "patient_id") REFERENCES "episode"("id", "clinic_id", "patient_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_patient_id_clinic_id_fkey" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_appointment_id_clinic_id_patient_id_fkey" FOREIGN KEY ("appointment_id", "clinic_id", "patient_id") REFERENCES "appointment"("id", "clinic_id", "patient_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_episode_id_clinic_id_patient_id_fkey" FOREIGN KEY ("episode_id", "clinic_id", "patient_id") REFERENCES "episode"("id", "clinic_id", "patient_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_author_id_clinic_id_fkey" FOREIGN KEY ("author_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_signed_by_id_clinic_id_fkey" FOREIGN KEY ("signed_by_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_assessment_id_clinic_id_fkey" FOREIGN KEY ("assessment_id", "clinic_id") REFERENCES "assessment"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_program_id_clinic_id_fkey" FOREIGN KEY ("program_id", "clinic_id") REFERENCES "program"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note_addendum" ADD CONSTRAINT "visit_note_addendum_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note_addendum" ADD CONSTRAINT "visit_note_addendum_note_id_clinic_id_fkey" FOREIGN KEY ("note_id", "clinic_id") REFERENCES "visit_note"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note_addendum" ADD CONSTRAINT "visit_note_addendum_author_id_clinic_id_fkey" FOREIGN KEY ("author_id", "clinic_id") REFERENCES "app_user"("id", "clinic_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A clinician is never double-booked: two live visits of one clinician may not overlap. Half-open
-- ranges, so a visit may start when the previous one ends. Cancelled visits free their slot.
-- Enforced here rather than in the app so that two simultaneous bookings, also from two app
-- instances, store one: the second gets exclusion_violation (23P01).
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_no_double_booking"
  EXCLUDE USING gist ("clinician_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" <> 'CANCELLED');

ALTER TABLE "appointment" ADD CONSTRAINT "appointment_ends_after_start" CHECK ("ends_at" > "starts_at");
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_cancel_has_reason"
  CHECK ("status" <> 'CANCELLED' OR "cancel_reason" IS NOT NULL);

-- A note is signed exactly when it names its signer and the time.
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_signature"
  CHECK (("status" = 'DRAFT' AND "signed_at" IS NULL AND "signed_by_id" IS NULL)
      OR ("status" = 'SIGNED' AND "signed_at" IS NOT NULL AND "signed_by_id" IS NOT NULL));

-- A signed note never changes and is never removed: corrections are addenda, which are append-only.
-- Bodies are U& strings with \003B for each semicolon (see migration 20261207085800_audit_append_only).
CREATE FUNCTION "visit_note_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  RAISE EXCEPTION ''% of a signed visit note refused'', TG_OP
    USING ERRCODE = ''insufficient_privilege'', HINT = ''A signed note is corrected by an addendum.''\003B
END
';

CREATE TRIGGER "visit_note_signed_is_final"
  BEFORE UPDATE OR DELETE ON "visit_note"
  FOR EACH ROW WHEN (OLD."status" = 'SIGNED') EXECUTE FUNCTION "visit_note_refuse_change"();

CREATE TRIGGER "visit_note_addendum_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "visit_note_addendum"
  FOR EACH ROW EXECUTE FUNCTION "visit_note_refuse_change"();
