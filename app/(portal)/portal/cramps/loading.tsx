import { Skeleton } from "@/components/ui/skeleton";

export default function CrampDiaryLoading() {
  return (
    <div role="status" aria-label="Loading your cramp diary" className="space-y-4">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-11 w-full" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
