import { Skeleton } from "@/components/ui/skeleton";

export default function QuestionnaireLoading() {
  return (
    <div role="status" aria-label="Loading the questionnaire" className="space-y-4">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-10 w-full" />
      {Array.from({ length: 3 }, (_, index) => (
        <Skeleton key={index} className="h-56 w-full" />
      ))}
    </div>
  );
}
