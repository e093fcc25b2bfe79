import type { Metadata } from "next";
import { ExerciseLibraryTable } from "@/components/exercises/exercise-library-table";
import { requireViewer } from "@/lib/core/auth/session";

export const metadata: Metadata = { title: "Exercise library" };

export default async function ExerciseLibraryPage() {
  await requireViewer("programs:read");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Exercise library</h1>
        <p className="text-sm text-slate-700">The shared library of 40 exercises with their phases and default doses (domain reference §2.2). It is read-only.</p>
      </div>
      <ExerciseLibraryTable />
    </div>
  );
}
