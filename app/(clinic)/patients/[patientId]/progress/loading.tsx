import { Skeleton } from "@/components/ui/skeleton";

/** The progress tab's shape while its charts load: the pickers, then chart cards. */
export default function ProgressLoading() {
  return (
    <div role="status" aria-label="Loading progress charts" className="space-y-4">
      <Skeleton className="h-7 w-40" />
      <Skeleton className="h-11 w-full max-w-md" />
      {[0, 1, 2].map((card) => (
        <div key={card} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <Skeleton className="h-6 w-56" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-48 w-full" />
        </div>
      ))}
    </div>
  );
}
