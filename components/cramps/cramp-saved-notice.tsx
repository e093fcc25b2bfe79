"use client";

import { useEffect, useRef } from "react";
import { formatDuration } from "@/lib/cramps/duration";
import { CRAMP_SIDE_LABELS, MUSCLE_SITE_LABELS } from "@/lib/cramps/labels";
import type { CrampDTO } from "@/lib/cramps/types";
import { RedFlagAdvice } from "./red-flag-advice";

/** Confirms the saved cramp and shows its R-CRAMP advice; focus moves here so nothing is missed. */
export function CrampSavedNotice({ cramp }: { cramp: CrampDTO }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [cramp.id]);
  return (
    <div ref={ref} tabIndex={-1} className="space-y-3 outline-none">
      <p role="status" className="rounded-lg border border-brand-600/40 bg-brand-50 px-4 py-3 text-brand-800">
        <span aria-hidden="true">✓ </span>
        Cramp saved: {MUSCLE_SITE_LABELS[cramp.muscleSite].toLowerCase()}, {CRAMP_SIDE_LABELS[cramp.side].toLowerCase()}, {formatDuration(cramp.durationSeconds)},
        pain {cramp.severity}/10.
      </p>
      {cramp.redFlags.map((flag) => (
        <RedFlagAdvice key={flag.code} flag={flag} announce />
      ))}
    </div>
  );
}
