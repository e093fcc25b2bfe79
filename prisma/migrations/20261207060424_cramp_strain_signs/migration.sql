-- AlterTable
ALTER TABLE "cramp_entry" ADD COLUMN     "bruising" BOOLEAN,
ADD COLUMN     "lasting_tenderness" BOOLEAN,
ADD COLUMN     "pop_felt" BOOLEAN,
ADD COLUMN     "trouble_straightening" BOOLEAN;
