import type { Metadata } from "next";
import { PatientForm } from "@/components/patients/patient-form";
import { requireViewer } from "@/lib/core/auth/session";
import { loadPatient } from "@/lib/patients/loaders";

export const metadata: Metadata = { title: "Edit patient" };

export default async function EditPatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  await requireViewer("patients:write");
  const patient = await loadPatient((await params).patientId);
  const { id, version, firstName, lastName, dateOfBirth, sex, dominantLeg, sport, email, phone, recordNumber, notes } = patient;
  return (
    <section aria-labelledby="edit-heading" className="max-w-3xl space-y-6">
      <h2 id="edit-heading" className="text-xl font-semibold">
        Edit details
      </h2>
      <PatientForm
        mode={{ kind: "edit", id, version }}
        defaultValues={{ firstName, lastName, dateOfBirth, sex, dominantLeg, sport, email, phone, recordNumber, notes }}
      />
    </section>
  );
}
