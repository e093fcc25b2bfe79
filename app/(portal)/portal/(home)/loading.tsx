import { PageSkeleton } from "@/components/ui/page-skeleton";

/** While the plan loads: the greeting and two exercise cards' outlines. */
export default function PortalHomeLoading() {
  return <PageSkeleton label="Loading your plan" blocks={["h-6 w-32", "h-64 w-full", "h-64 w-full"]} />;
}
