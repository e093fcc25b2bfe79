-- AlterTable
ALTER TABLE "login_attempt" ADD COLUMN     "client_address" TEXT,
ALTER COLUMN "succeeded" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "login_attempt_client_address_attempted_at_idx" ON "login_attempt"("client_address", "attempted_at");

-- CreateIndex
CREATE INDEX "login_attempt_attempted_at_idx" ON "login_attempt"("attempted_at");
