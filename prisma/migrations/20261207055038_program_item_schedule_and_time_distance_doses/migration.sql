-- AlterTable (duration_seconds came with template_item_doses, which runs first)
ALTER TABLE "program_item" ADD COLUMN     "distance_m" INTEGER,
ADD COLUMN     "every_days" INTEGER;

-- Templates keep the same doses as program items.
ALTER TABLE "program_template_item" ADD COLUMN     "distance_m" INTEGER,
ADD COLUMN     "every_days" INTEGER;

-- Clinic templates backfilled before this column existed: the Askling Diver every other day and the
-- Glider every 3rd day, as the library doses them (domain.md §2.2 EX15, EX16 [S10]).
UPDATE "program_template_item" SET "every_days" = 2 WHERE "exercise_code" = 'EX15' AND "per_week" IS NULL AND "per_day" IS NULL;
UPDATE "program_template_item" SET "every_days" = 3 WHERE "exercise_code" = 'EX16' AND "per_week" IS NULL AND "per_day" IS NULL;
