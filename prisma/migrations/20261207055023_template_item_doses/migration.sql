-- AlterTable
ALTER TABLE "program_item" ADD COLUMN     "duration_seconds" INTEGER;

-- CreateTable
CREATE TABLE "program_template_item" (
    "id" BIGSERIAL NOT NULL,
    "clinic_id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "exercise_code" TEXT NOT NULL,
    "sets" INTEGER,
    "reps" INTEGER,
    "hold_seconds" INTEGER,
    "duration_seconds" INTEGER,
    "load_kg" DOUBLE PRECISION,
    "per_week" INTEGER,
    "per_day" INTEGER,
    "patient_reason" TEXT,

    CONSTRAINT "program_template_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "program_template_item_clinic_id_template_id_position_idx" ON "program_template_item"("clinic_id", "template_id", "position");

-- AddForeignKey
ALTER TABLE "program_template_item" ADD CONSTRAINT "program_template_item_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "program_template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: each template's exercise codes become items with the dose applying the template gave until
-- now, the exercise's default (the library's, transcribed from domain.md §2.2, or the clinic exercise's), plus the
-- library's time per set, which program items now keep.
-- The why stays empty, so applying it gives the exercise's purpose. Generated from lib/exercises/library.ts (every-N-days schedules follow in the next migration).
INSERT INTO "program_template_item" ("clinic_id", "template_id", "position", "exercise_code", "sets", "reps", "hold_seconds", "duration_seconds", "per_week", "per_day")
SELECT t."clinic_id", t."id", c."ordinality" - 1, c."code",
       COALESCE(l."sets", ce."sets"), COALESCE(l."reps", ce."reps"), COALESCE(l."hold_seconds", ce."hold_seconds"),
       l."duration_seconds", COALESCE(l."per_week", ce."per_week"), COALESCE(l."per_day", ce."per_day")
FROM "program_template" t
CROSS JOIN LATERAL unnest(t."exercise_codes") WITH ORDINALITY AS c("code", "ordinality")
LEFT JOIN (VALUES
  ('EX01', NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer),
  ('EX02', 2, 10, NULL::integer, NULL::integer, 7, NULL::integer),
  ('EX03', 5, NULL::integer, 10, NULL::integer, 7, NULL::integer),
  ('EX04', NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer),
  ('EX05', NULL::integer, NULL::integer, NULL::integer, 600, NULL::integer, NULL::integer),
  ('EX06', 3, NULL::integer, NULL::integer, 60, 7, NULL::integer),
  ('EX07', 2, NULL::integer, NULL::integer, 60, 7, NULL::integer),
  ('EX08', 5, NULL::integer, 10, NULL::integer, 7, NULL::integer),
  ('EX09', 5, NULL::integer, 10, NULL::integer, 7, NULL::integer),
  ('EX10', 10, NULL::integer, 5, NULL::integer, 7, NULL::integer),
  ('EX11', 4, NULL::integer, 20, NULL::integer, 7, NULL::integer),
  ('EX12', NULL::integer, NULL::integer, 30, NULL::integer, 5, 1),
  ('EX13', 1, NULL::integer, NULL::integer, 30, 3, NULL::integer),
  ('EX14', 3, 12, NULL::integer, NULL::integer, NULL::integer, 2),
  ('EX15', 3, 6, NULL::integer, NULL::integer, NULL::integer, NULL::integer),
  ('EX16', 3, 4, NULL::integer, NULL::integer, NULL::integer, NULL::integer),
  ('EX17', 3, NULL::integer, NULL::integer, 60, 5, NULL::integer),
  ('EX18', 2, NULL::integer, NULL::integer, 60, 5, NULL::integer),
  ('EX19', 2, 10, 5, NULL::integer, 5, NULL::integer),
  ('EX20', 3, 10, NULL::integer, NULL::integer, 5, NULL::integer),
  ('EX21', 4, 8, NULL::integer, NULL::integer, 5, NULL::integer),
  ('EX22', 2, 10, NULL::integer, NULL::integer, 5, NULL::integer),
  ('EX23', 5, NULL::integer, 10, NULL::integer, 5, NULL::integer),
  ('EX24', NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer),
  ('EX25', 4, 15, NULL::integer, NULL::integer, NULL::integer, NULL::integer),
  ('EX26', 4, 15, NULL::integer, NULL::integer, NULL::integer, NULL::integer),
  ('EX27', 2, 4, NULL::integer, NULL::integer, 1, NULL::integer),
  ('EX28', 1, 4, NULL::integer, NULL::integer, 1, NULL::integer),
  ('EX29', 1, 4, NULL::integer, NULL::integer, 1, NULL::integer),
  ('EX30', 2, 5, NULL::integer, NULL::integer, 1, NULL::integer),
  ('EX31', 1, 8, NULL::integer, NULL::integer, 2, NULL::integer),
  ('EX32', 3, 10, NULL::integer, NULL::integer, 2, NULL::integer),
  ('EX33', 3, 10, NULL::integer, NULL::integer, 2, NULL::integer),
  ('EX34', 1, 8, NULL::integer, NULL::integer, 2, NULL::integer),
  ('EX35', 2, 10, NULL::integer, NULL::integer, 2, NULL::integer),
  ('EX36', 2, 10, NULL::integer, NULL::integer, 2, NULL::integer),
  ('EX37', NULL::integer, NULL::integer, NULL::integer, NULL::integer, 5, NULL::integer),
  ('EX38', NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer),
  ('EX39', NULL::integer, NULL::integer, NULL::integer, NULL::integer, 7, NULL::integer),
  ('EX40', NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer, NULL::integer)
) AS l("code", "sets", "reps", "hold_seconds", "duration_seconds", "per_week", "per_day") ON l."code" = c."code"
LEFT JOIN "clinic_exercise" ce ON ce."clinic_id" = t."clinic_id" AND ce."code" = c."code";

-- AlterTable
ALTER TABLE "program_template" DROP COLUMN "exercise_codes";
