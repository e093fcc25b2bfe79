import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/patients/tab-placeholder";
import { loadPatient } from "@/lib/patients/loaders";

export const metadata: Metadata = { title: "Episodes & program" };

export default async function EpisodesTab({ params }: { params: Promise<{ patientId: string }> }) {
  await loadPatient((await params).patientId);
  return <TabPlaceholder heading="Episodes & program" message="No episode of care has been opened for this patient yet." />;
}
