import Link from "next/link";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { formatDate } from "@/lib/core/dates";
import type { UnsignedNoteDTO } from "@/lib/visit-notes/types";

/**
 * The caseload's list of visit notes still unsigned more than a day after they were started, oldest
 * first. Nothing at all when there are none, so the dashboard stays as it was for a clinician up to date.
 */
export function UnsignedNotes({ notes, more, hours, mine }: { notes: UnsignedNoteDTO[]; more: boolean; hours: number; mine: boolean }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="unsigned-notes-heading" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="unsigned-notes-heading" className="text-lg font-semibold">
        Unsigned visit notes
      </h2>
      <p className="text-sm text-slate-800">
        {mine ? "Your drafts" : "Drafts in the clinic"} started more than {hours} hours ago. A note is part of the record only once signed.
      </p>
      <ul className="divide-y divide-amber-200 text-sm">
        {notes.map((note) => (
          <li key={note.noteId} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-2">
            <Link href={note.href} className="font-medium text-brand-800 underline">
              {note.patientName} ({note.recordNumber}): visit of {formatDate(note.visitDay)}
            </Link>
            <span className="text-slate-700">
              by {note.authorName}, started <ClinicDateTime iso={note.createdAt} />
            </span>
          </li>
        ))}
      </ul>
      {more && <p className="text-sm text-slate-800">More unsigned notes are not listed: sign these first.</p>}
    </section>
  );
}
