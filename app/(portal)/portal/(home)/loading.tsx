import { Skeleton } from "@/components/ui/skeleton";

/** While the plan loads: the greeting and two exercise cards' outlines. */
export default function PortalHomeLoading() {
  return (
    <div role="status" aria-label="Loading your plan" className="space-y-4">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-6 w-32" />
      <Skeleton className="h-64 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
