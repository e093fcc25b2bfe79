import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function CrampDiaryLoading() {
  return <PageSkeleton label="Loading your cramp diary" blocks={["h-11 w-full", "h-24 w-full", "h-24 w-full"]} />;
}
