import type { Metadata } from "next";
import { ClinicExerciseForm } from "@/components/exercises/clinic-exercise-form";
import { requireExerciseAdmin } from "@/lib/exercises/loaders";
import { EMPTY_CLINIC_EXERCISE } from "@/lib/exercises/schema";

export const metadata: Metadata = { title: "Add exercise" };

/** Admins add an exercise of their own clinic beside the shared library. */
export default async function NewClinicExercisePage() {
  await requireExerciseAdmin();
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Add exercise</h1>
        <p className="text-sm text-slate-700">Only this clinic sees it. It gets a code of its own (CX01, CX02 …) and the clinic-exercise pictogram.</p>
      </div>
      <ClinicExerciseForm mode={{ kind: "create" }} defaultValues={EMPTY_CLINIC_EXERCISE} />
    </div>
  );
}
