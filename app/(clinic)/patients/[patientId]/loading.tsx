import { Skeleton } from "@/components/ui/skeleton";

/** Shown in the tab area while a tab loads; the patient summary beside it stays in place. */
export default function PatientTabLoading() {
  return (
    <div role="status" aria-label="Loading" className="space-y-3">
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
