import { Skeleton } from "@/components/ui/skeleton";

/** Shown while the progress page gathers the patient's sessions, pain and measures. */
export default function PortalProgressLoading() {
  return (
    <div role="status" aria-label="Loading your progress" className="space-y-4">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-32 w-full" />
    </div>
  );
}
