-- AlterTable (duration_seconds came with template_item_doses, which runs first)
ALTER TABLE "program_item" ADD COLUMN     "distance_m" INTEGER,
ADD COLUMN     "every_days" INTEGER;

-- Templates keep the same doses as program items.
ALTER TABLE "program_template_item" ADD COLUMN     "distance_m" INTEGER,
ADD COLUMN     "every_days" INTEGER;
