"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { formatDate } from "@/lib/core/dates";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { createVisitNoteAction, updateVisitNoteAction } from "@/lib/visit-notes/actions";
import { NOTE_SECTION_HINTS, NOTE_SECTION_LABELS, NOTE_SECTION_MAX, NOTE_SECTIONS } from "@/lib/visit-notes/limits";
import type { VisitNoteFields } from "@/lib/visit-notes/schema";
import type { AssessmentChoice, ProgramChoice, VisitNoteDTO } from "@/lib/visit-notes/types";
import { SignNoteButton } from "./sign-note-button";

type Saved = { id: string; version: number };

const fieldsOf = (note: VisitNoteDTO | null): VisitNoteFields => ({
  subjective: note?.subjective ?? "",
  objective: note?.objective ?? "",
  assessment: note?.assessment ?? "",
  plan: note?.plan ?? "",
  assessmentId: note?.assessmentId ?? "",
  programId: note?.programId ?? "",
});

/**
 * The author's draft of a visit's SOAP note. The first save starts the note (its requestId, made when
 * the form opens, makes a double submit store one); later saves carry the version they were based on,
 * so a save from another tab in between is reported instead of overwritten. Signing needs the draft
 * saved as it reads on screen.
 */
export function VisitNoteForm({
  patientId,
  appointmentId,
  day,
  note,
  assessments,
  programs,
}: {
  patientId: string;
  appointmentId: string;
  day: string;
  note: VisitNoteDTO | null;
  assessments: AssessmentChoice[];
  programs: ProgramChoice[];
}) {
  const router = useRouter();
  const [requestId] = useState(() => crypto.randomUUID());
  const [saved, setSaved] = useState<Saved | null>(note && { id: note.id, version: note.version });
  const { form, register, errors, isSubmitting, onSubmit, preloadSchema, formError, notice, setNotice } = useActionForm({
    schema: () => import("@/lib/visit-notes/schema").then((module) => module.visitNoteFieldsSchema),
    defaultValues: fieldsOf(note),
    action: (values: VisitNoteFields) =>
      saved ? updateVisitNoteAction({ ...values, noteId: saved.id, version: saved.version }) : createVisitNoteAction({ ...values, patientId, appointmentId, requestId }),
    onSuccess: (value) => {
      setSaved(value);
      form.reset(form.getValues());
      setNotice("Draft saved. It is not part of the record until you sign it.");
      router.refresh();
    },
  });
  const dirty = form.formState.isDirty;

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="note-form-heading">
        <h3 id="note-form-heading" className="sr-only">
          Draft note
        </h3>
        <FormFieldset busy={isSubmitting} className="m-0 min-w-0 space-y-4 border-0 p-0">
          <FormMessages error={formError} notice={notice} />
          {NOTE_SECTIONS.map((section) => (
            <div key={section} className="space-y-3">
              <Field id={`note-${section}`} label={NOTE_SECTION_LABELS[section]} hint={`${NOTE_SECTION_HINTS[section]} Up to ${NOTE_SECTION_MAX.toLocaleString("en-GB")} characters.`} error={errors[section]?.message}>
                {(control) => <textarea {...control} {...register(section)} rows={4} className={inputClasses} />}
              </Field>
              {section === "objective" && (
                <Field
                  id="note-assessmentId"
                  label="Linked assessment (taken that day)"
                  hint={assessments.length ? "Link the assessment recorded at this visit." : `No assessment of this patient is dated ${formatDate(day)}.`}
                  error={errors.assessmentId?.message}
                >
                  {(control) => (
                    <select {...control} {...register("assessmentId")} className={inputClasses}>
                      <option value="">No linked assessment</option>
                      {assessments.map((choice) => (
                        <option key={choice.id} value={choice.id}>
                          Assessment of {formatDate(choice.assessedOn)} by {choice.clinicianName}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              {section === "plan" && (
                <Field
                  id="note-programId"
                  label="Linked program version"
                  hint={programs.length ? "The version in force on the visit's day, or one saved that day." : "The episode had no program version in force on the visit's day."}
                  error={errors.programId?.message}
                >
                  {(control) => (
                    <select {...control} {...register("programId")} className={inputClasses}>
                      <option value="">No linked program</option>
                      {programs.map((choice) => (
                        <option key={choice.id} value={choice.id}>
                          Version {choice.version} ({PHASE_LABELS[choice.phase].toLowerCase()})
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
            </div>
          ))}
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : "Save draft"}
          </Button>
        </FormFieldset>
      </form>
      {saved && <SignNoteButton noteId={saved.id} version={saved.version} unsaved={dirty} />}
    </div>
  );
}
