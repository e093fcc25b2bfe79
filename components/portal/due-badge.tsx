import type { DueState } from "@/lib/portal/due-today";
import { WEEKDAY_NAMES } from "@/lib/portal/local-date";

const sessions = (count: number) => (count === 1 ? "1 session" : `${count} sessions`);

/** The item's state in words (never colour alone): due, catch-up, done, next day, any time, paused. */
export function dueLabel(due: DueState): string {
  switch (due.kind) {
    case "due": {
      const progress = due.sessionsToday > 1 ? ` (${due.doneToday} of ${due.sessionsToday} done)` : "";
      return `${due.catchUp ? "Catch-up: missed earlier this week" : "Due today"}${progress}`;
    }
    case "done":
      return `✓ Done today${due.doneToday > 1 ? `, ${sessions(due.doneToday)}` : ""}`;
    case "later":
      return due.nextDay === "next-week" ? "Next: Monday next week" : `Next: ${WEEKDAY_NAMES[due.nextDay]}`;
    case "any-time":
      return due.doneToday > 0 ? `Any time · ✓ ${sessions(due.doneToday)} today` : "Any time";
    case "paused":
      return "Paused by your clinician";
  }
}

const tones: Record<DueState["kind"], string> = {
  due: "border-brand-700 bg-brand-50 text-brand-800",
  done: "border-slate-500 bg-white text-slate-900",
  later: "border-slate-300 bg-slate-50 text-slate-800",
  "any-time": "border-slate-300 bg-slate-50 text-slate-800",
  paused: "border-amber-600 bg-amber-50 text-amber-900",
};

export function DueBadge({ due }: { due: DueState }) {
  return <p className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${tones[due.kind]}`}>{dueLabel(due)}</p>;
}
