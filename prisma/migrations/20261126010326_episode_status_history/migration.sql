-- CreateTable
CREATE TABLE "episode_status_change" (
    "id" BIGSERIAL NOT NULL,
    "clinic_id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "from_status" "EpisodeStatus" NOT NULL,
    "to_status" "EpisodeStatus" NOT NULL,
    "changed_by_id" UUID NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "episode_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "episode_status_change_clinic_id_episode_id_changed_at_idx" ON "episode_status_change"("clinic_id", "episode_id", "changed_at");

-- AddForeignKey
ALTER TABLE "episode_status_change" ADD CONSTRAINT "episode_status_change_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
