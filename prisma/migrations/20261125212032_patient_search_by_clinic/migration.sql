-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- DropIndex
DROP INDEX "patient_search_text_trgm_idx";

-- CreateIndex
CREATE INDEX "patient_clinic_id_search_text_trgm_idx" ON "patient" USING GIN ("clinic_id" uuid_ops, "search_text" gin_trgm_ops);
