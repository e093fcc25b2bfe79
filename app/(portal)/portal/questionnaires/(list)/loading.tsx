import { Skeleton } from "@/components/ui/skeleton";

export default function QuestionnairesLoading() {
  return (
    <div role="status" aria-label="Loading your questionnaires" className="space-y-4">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-32 w-full" />
      <Skeleton className="h-16 w-full" />
    </div>
  );
}
