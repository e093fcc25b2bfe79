-- AlterTable
ALTER TABLE "program_item" ADD COLUMN     "distance_m" INTEGER,
ADD COLUMN     "duration_seconds" INTEGER,
ADD COLUMN     "every_days" INTEGER;
