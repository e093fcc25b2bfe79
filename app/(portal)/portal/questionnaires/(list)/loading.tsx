import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function QuestionnairesLoading() {
  return <PageSkeleton label="Loading your questionnaires" blocks={["h-32 w-full", "h-16 w-full"]} />;
}
