import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/patients/tab-placeholder";
import { loadPatient } from "@/lib/patients/loaders";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressTab({ params }: { params: Promise<{ patientId: string }> }) {
  await loadPatient((await params).patientId);
  return <TabPlaceholder heading="Progress" message="Progress charts appear once assessments and exercise logs exist." />;
}
