import Link from "next/link";
import { formatDate } from "@/lib/core/dates";
import type { VisitNoteEntry } from "@/lib/progress/timeline";

/** The timeline's visit notes as links (a chart mark is not one), under the timeline; nothing when there are none. */
export function VisitNoteLinks({ notes }: { notes: VisitNoteEntry[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="timeline-notes-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id="timeline-notes-heading" className="text-base font-semibold">
        Visit notes in this period
      </h3>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {notes.map((note) => (
          <li key={note.href}>
            <Link href={note.href} className="text-brand-700 underline">
              {formatDate(note.visitDay)} ({note.status === "SIGNED" ? "signed" : "draft"})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
