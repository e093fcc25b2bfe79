import Link from "next/link";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { formatDate } from "@/lib/core/dates";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { NOTE_SECTION_LABELS, NOTE_SECTIONS } from "@/lib/visit-notes/limits";
import type { AssessmentChoice, ProgramChoice, VisitNoteDTO } from "@/lib/visit-notes/types";

/** A note read-only: a signed note, or a draft seen by someone other than its author. */
export function NoteView({ note, patientId, assessments, programs }: { note: VisitNoteDTO; patientId: string; assessments: AssessmentChoice[]; programs: ProgramChoice[] }) {
  const assessment = assessments.find((choice) => choice.id === note.assessmentId);
  const program = programs.find((choice) => choice.id === note.programId);
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-700">
        {note.status === "SIGNED" && note.signedAt ? (
          <>
            Signed by {note.signedByName} on <ClinicDateTime iso={note.signedAt} />. A signed note cannot be changed.
          </>
        ) : (
          <>
            Draft by {note.authorName}, last saved <ClinicDateTime iso={note.updatedAt} />. Only the author can edit and sign it.
          </>
        )}
      </p>
      <dl className="space-y-4">
        {NOTE_SECTIONS.map((section) => (
          <div key={section}>
            <dt className="text-sm font-semibold text-slate-900">{NOTE_SECTION_LABELS[section]}</dt>
            <dd className="mt-1 text-sm whitespace-pre-wrap text-slate-800">{note[section] || <span className="text-slate-600">Nothing written.</span>}</dd>
            {section === "objective" && note.assessmentId && (
              <dd className="mt-1 text-sm">
                <Link href={`/patients/${patientId}/assessments/${note.assessmentId}`} className="text-brand-700 underline">
                  Linked assessment{assessment ? ` of ${formatDate(assessment.assessedOn)}` : ""}
                </Link>
              </dd>
            )}
            {section === "plan" && note.programId && program && (
              <dd className="mt-1 text-sm">
                <Link href={`/patients/${patientId}/episodes/${program.episodeId}/program/versions/${program.version}`} className="text-brand-700 underline">
                  Linked program version {program.version} ({PHASE_LABELS[program.phase].toLowerCase()})
                </Link>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </div>
  );
}
