import { TablePageSkeleton } from "@/components/ui/table-page-skeleton";

export default function PatientsLoading() {
  return <TablePageSkeleton label="Loading patients" rowClassName="h-10" />;
}
