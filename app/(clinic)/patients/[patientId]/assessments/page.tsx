import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/patients/tab-placeholder";
import { loadPatient } from "@/lib/patients/loaders";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsTab({ params }: { params: Promise<{ patientId: string }> }) {
  await loadPatient((await params).patientId);
  return <TabPlaceholder heading="Assessments" message="No assessments have been recorded for this patient yet." />;
}
