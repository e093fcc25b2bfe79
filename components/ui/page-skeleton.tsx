import { Skeleton } from "./skeleton";

/** A page's loading state: a heading's outline, then one block per given height, announced by `label`. */
export function PageSkeleton({ label, blocks }: { label: string; blocks: readonly string[] }) {
  return (
    <div role="status" aria-label={label} className="space-y-4">
      <Skeleton className="h-8 w-48" />
      {blocks.map((height, index) => (
        <Skeleton key={index} className={height} />
      ))}
    </div>
  );
}
