-- CreateTable
CREATE TABLE "program" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "phase" "Phase" NOT NULL,
    "version" INTEGER NOT NULL,
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_item" (
    "id" BIGSERIAL NOT NULL,
    "clinic_id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "exercise_code" TEXT NOT NULL,
    "sets" INTEGER,
    "reps" INTEGER,
    "hold_seconds" INTEGER,
    "load_kg" DOUBLE PRECISION,
    "per_week" INTEGER,
    "per_day" INTEGER,
    "notes" TEXT,
    "rationale" TEXT,
    "patient_reason" TEXT,
    "override_reason" TEXT,
    "load_change_reason" TEXT,

    CONSTRAINT "program_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "program_clinic_id_episode_id_idx" ON "program"("clinic_id", "episode_id");

-- CreateIndex
CREATE UNIQUE INDEX "program_episode_id_version_key" ON "program"("episode_id", "version");

-- CreateIndex
CREATE INDEX "program_item_program_id_position_idx" ON "program_item"("program_id", "position");

-- AddForeignKey
ALTER TABLE "program" ADD CONSTRAINT "program_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program" ADD CONSTRAINT "program_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_item" ADD CONSTRAINT "program_item_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;
