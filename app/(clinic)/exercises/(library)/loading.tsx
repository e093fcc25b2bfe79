import { TablePageSkeleton } from "@/components/ui/table-page-skeleton";

export default function ExercisesLoading() {
  return <TablePageSkeleton label="Loading exercises" rowClassName="h-14" />;
}
