import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function AppointmentsLoading() {
  return <PageSkeleton label="Loading the diary" blocks={["h-10 w-full", "h-32 w-full", "h-32 w-full"]} />;
}
