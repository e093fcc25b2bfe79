import { Skeleton } from "@/components/ui/skeleton";

/**
 * Shown in the tab area while a tab loads; the patient summary beside it stays in place. Only list
 * tabs get it: a page that can answer 404 for a nested record (an episode, an assessment, a program
 * version) must decide that before anything streams, so it sits under no loading boundary.
 */
export function PatientTabLoading() {
  return (
    <div role="status" aria-label="Loading" className="space-y-3">
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
