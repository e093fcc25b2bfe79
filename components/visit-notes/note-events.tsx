import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/core/dates";
import type { NoteEventDTO } from "@/lib/visit-notes/types";

/** An episode's visit notes by visit day, signed or draft, each linking to its note. */
export function NoteEvents({ events }: { events: NoteEventDTO[] }) {
  if (events.length === 0) return <EmptyState title="No visit notes in this episode yet" />;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
      {events.map((event) => (
        <li key={event.noteId} className="flex flex-wrap items-center gap-2 px-4 py-2">
          <Link href={event.href} className="text-brand-700 underline">
            Visit note of {formatDate(event.visitDay)}
          </Link>
          <Badge tone={event.status === "SIGNED" ? "positive" : "muted"}>{event.status === "SIGNED" ? "Signed" : "Draft"}</Badge>
          <span className="text-slate-700">by {event.authorName}</span>
        </li>
      ))}
    </ul>
  );
}
