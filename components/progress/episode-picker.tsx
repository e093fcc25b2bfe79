import { Options } from "@/components/ui/options";
import type { ProgressParams } from "@/lib/progress/schema";
import type { ProgressEpisodeOption } from "@/lib/progress/types";
import { PickerForm } from "./picker-form";

/** Shown only when the patient has had more than one episode of care. */
export function EpisodePicker({ basePath, params, episodes }: { basePath: string; params: ProgressParams; episodes: readonly ProgressEpisodeOption[] }) {
  if (episodes.length < 2) return null;
  return (
    <PickerForm basePath={basePath} params={params} name="episode" label="Episode of care">
      <Options options={episodes.map((episode) => ({ value: episode.id, label: episode.label }))} />
    </PickerForm>
  );
}
