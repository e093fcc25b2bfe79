import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function MyDataLoading() {
  return <PageSkeleton label="Loading your data" blocks={["h-11 w-full", "h-40 w-full", "h-40 w-full"]} />;
}
