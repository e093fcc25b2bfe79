import { redirect } from "next/navigation";
import { loadPatient } from "@/lib/patients/loaders";

export default async function PatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const patient = await loadPatient((await params).patientId);
  redirect(`/patients/${patient.id}/assessments`);
}
