import type { Metadata } from "next";
import { AddendaList } from "@/components/visit-notes/addenda-list";
import { AddendumForm } from "@/components/visit-notes/addendum-form";
import { NoteView } from "@/components/visit-notes/note-view";
import { VisitNoteForm } from "@/components/visit-notes/visit-note-form";
import { Badge } from "@/components/ui/badge";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { EmptyState } from "@/components/ui/empty-state";
import { VISIT_TYPE_LABELS } from "@/lib/clinics/visit-types";
import { loadVisitNotePage } from "@/lib/visit-notes/loaders";

export const metadata: Metadata = { title: "Visit note" };

const VISIT_STATUS_LABELS = { BOOKED: "Booked", ATTENDED: "Attended", NO_SHOW: "Did not attend", CANCELLED: "Cancelled" } as const;

/** The SOAP note of one visit: written and signed by a clinician after an attended visit; addenda once signed. */
export default async function VisitNotePage({ params }: { params: Promise<{ patientId: string; appointmentId: string }> }) {
  const { patientId, appointmentId } = await params;
  const { visit, note, assessments, programs, viewer } = await loadVisitNotePage(patientId, appointmentId);
  const isAuthorsDraft = note?.status === "DRAFT" && note.authorId === viewer.id && viewer.canWrite;
  const canStart = !note && viewer.canWrite && visit.status === "ATTENDED";
  return (
    <article aria-labelledby="note-heading" className="space-y-6">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="note-heading" className="text-xl font-semibold">
            Visit note
          </h2>
          {note && <Badge tone={note.status === "SIGNED" ? "positive" : "muted"}>{note.status === "SIGNED" ? "Signed" : "Draft"}</Badge>}
        </div>
        <p className="text-sm text-slate-700">
          {VISIT_TYPE_LABELS[visit.type]} visit, <ClinicDateTime iso={visit.startsAt} />, with {visit.clinicianName} · {VISIT_STATUS_LABELS[visit.status]}
        </p>
      </div>

      {canStart || isAuthorsDraft ? (
        <VisitNoteForm patientId={patientId} appointmentId={visit.id} day={visit.day} note={note} assessments={assessments} programs={programs} />
      ) : note ? (
        <NoteView note={note} patientId={patientId} assessments={assessments} programs={programs} />
      ) : (
        <EmptyState title="No note for this visit">
          {visit.status !== "ATTENDED"
            ? "A note can be written only for a visit marked attended."
            : "A clinician writes and signs the note of a visit; administrators can read it."}
        </EmptyState>
      )}

      {note?.status === "SIGNED" && (
        <section aria-labelledby="addenda-heading" className="space-y-3">
          <h3 id="addenda-heading" className="text-lg font-semibold">
            Addenda
          </h3>
          <AddendaList addenda={note.addenda} />
          {viewer.canWrite && <AddendumForm noteId={note.id} />}
        </section>
      )}
    </article>
  );
}
