import { PageSkeleton } from "@/components/ui/page-skeleton";

/** Shown while the progress page gathers the patient's sessions, pain and measures. */
export default function PortalProgressLoading() {
  return <PageSkeleton label="Loading your progress" blocks={["h-40 w-full", "h-32 w-full"]} />;
}
