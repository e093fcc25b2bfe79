import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseLibraryTable } from "@/components/exercises/exercise-library-table";
import { buttonClasses } from "@/components/ui/button";
import { loadExerciseLibrary } from "@/lib/exercises/loaders";

export const metadata: Metadata = { title: "Exercise library" };

export default async function ExerciseLibraryPage() {
  const { canEdit, clinicExercises, archived } = await loadExerciseLibrary();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Exercise library</h1>
          <p className="text-sm text-slate-700">
            The shared library of 40 exercises with their phases and default doses (domain reference §2.2), which is read-only, and
            this clinic’s own exercises{canEdit ? ", which you can add and edit" : ", which the clinic’s admins add and edit"}.
          </p>
        </div>
        {canEdit && (
          <Link href="/exercises/new" className={buttonClasses()}>
            Add exercise
          </Link>
        )}
      </div>
      <ExerciseLibraryTable clinicExercises={clinicExercises} canEdit={canEdit} />
      {archived.length > 0 && (
        <section aria-labelledby="archived-heading" className="space-y-2">
          <h2 id="archived-heading" className="text-lg font-semibold">
            Archived clinic exercises
          </h2>
          <p className="text-sm text-slate-700">Not offered for new programs or templates; programs that use them still show them. Open one to restore it.</p>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {archived.map((exercise) => (
              <li key={exercise.code} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                <span>
                  {exercise.name} <span className="text-xs text-slate-600">{exercise.code}</span>
                </span>
                <Link href={`/exercises/${exercise.clinicExerciseId}/edit`} className="font-medium text-brand-700 underline" aria-label={`Open ${exercise.name}`}>
                  Open
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
