import { LocalDateTime } from "@/components/ui/local-date-time";
import { formatDuration } from "@/lib/cramps/duration";
import { CRAMP_CONTEXT_LABELS, CRAMP_SIDE_LABELS, MUSCLE_SITE_LABELS, RELIEF_METHOD_LABELS } from "@/lib/cramps/labels";
import type { CrampDTO } from "@/lib/cramps/types";
import { RedFlagAdvice } from "./red-flag-advice";

/** The patient's past cramps, newest first, each with its R-CRAMP advice when it has any. */
export function CrampList({ cramps }: { cramps: CrampDTO[] }) {
  return (
    <ol className="space-y-3" aria-label="Past cramps">
      {cramps.map((cramp) => (
        <li key={cramp.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <p className="font-medium">
              {MUSCLE_SITE_LABELS[cramp.muscleSite]}, {CRAMP_SIDE_LABELS[cramp.side].toLowerCase()}
            </p>
            <p className="text-sm text-slate-700">
              <LocalDateTime iso={cramp.onsetAt} />
            </p>
          </div>
          <p className="text-sm text-slate-800">
            {CRAMP_CONTEXT_LABELS[cramp.context]} · {formatDuration(cramp.durationSeconds)} · pain {cramp.severity}/10
            {cramp.stoppedActivity && " · stopped the activity"}
          </p>
          {cramp.reliefMethods.length > 0 && (
            <p className="text-sm text-slate-700">Helped: {cramp.reliefMethods.map((method) => RELIEF_METHOD_LABELS[method].toLowerCase()).join(", ")}</p>
          )}
          {cramp.notes && <p className="text-sm break-words text-slate-700">{cramp.notes}</p>}
          {cramp.redFlags.map((flag) => (
            <RedFlagAdvice key={flag.code} flag={flag} />
          ))}
        </li>
      ))}
    </ol>
  );
}
