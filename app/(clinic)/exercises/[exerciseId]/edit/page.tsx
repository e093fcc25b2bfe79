import type { Metadata } from "next";
import { ArchiveExerciseButton } from "@/components/exercises/archive-exercise-button";
import { ClinicExerciseForm } from "@/components/exercises/clinic-exercise-form";
import { Badge } from "@/components/ui/badge";
import { loadClinicExerciseEditor } from "@/lib/exercises/loaders";

export const metadata: Metadata = { title: "Edit exercise" };

/** Admins edit, archive or restore one of their clinic's exercises; anyone else gets 404. */
export default async function EditClinicExercisePage({ params }: { params: Promise<{ exerciseId: string }> }) {
  const exercise = await loadClinicExerciseEditor((await params).exerciseId);
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold">Edit {exercise.fields.name}</h1>
          <span className="text-sm text-slate-600">{exercise.code}</span>
          {exercise.archived && <Badge tone="muted">Archived</Badge>}
        </div>
        <p className="text-sm text-slate-700">Saved programs keep the dose they were given; the name and instructions shown with them are always the current ones.</p>
      </div>
      <ArchiveExerciseButton id={exercise.id} name={exercise.fields.name} archived={exercise.archived} />
      <ClinicExerciseForm key={exercise.version} mode={{ kind: "edit", id: exercise.id, version: exercise.version }} defaultValues={exercise.fields} />
    </div>
  );
}
