import { Skeleton } from "./skeleton";

/** The loading state of a list page: its heading, its filters and eight rows of the given height. */
export function TablePageSkeleton({ label, rowClassName = "h-10" }: { label: string; rowClassName?: string }) {
  return (
    <div className="space-y-6" role="status" aria-label={label}>
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-10 w-full" />
      <div className="space-y-2">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className={`${rowClassName} w-full`} />
        ))}
      </div>
    </div>
  );
}
