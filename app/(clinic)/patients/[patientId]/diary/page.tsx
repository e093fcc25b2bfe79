import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/patients/tab-placeholder";
import { loadPatient } from "@/lib/patients/loaders";

export const metadata: Metadata = { title: "Diary" };

export default async function DiaryTab({ params }: { params: Promise<{ patientId: string }> }) {
  await loadPatient((await params).patientId);
  return <TabPlaceholder heading="Diary" message="The patient has not logged exercises, cramps or questionnaires yet." />;
}
