-- CreateTable
CREATE TABLE "program_template" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phase" "Phase" NOT NULL,
    "description" TEXT,
    "exercise_codes" TEXT[],
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "program_template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "program_template_clinic_id_phase_idx" ON "program_template"("clinic_id", "phase");

-- AddForeignKey
ALTER TABLE "program_template" ADD CONSTRAINT "program_template_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
