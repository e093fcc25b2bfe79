import { TablePageSkeleton } from "@/components/ui/table-page-skeleton";

export default function ActivityLoading() {
  return <TablePageSkeleton label="Loading activity" rowClassName="h-12" />;
}
