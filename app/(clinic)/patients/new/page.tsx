import type { Metadata } from "next";
import { PatientForm } from "@/components/patients/patient-form";
import { requireViewer } from "@/lib/core/auth/session";
import { EMPTY_PATIENT_FIELDS } from "@/lib/patients/schema";

export const metadata: Metadata = { title: "Register patient" };

export default async function NewPatientPage() {
  await requireViewer("patients:write");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Register patient</h1>
      <PatientForm mode={{ kind: "create" }} defaultValues={EMPTY_PATIENT_FIELDS} />
    </div>
  );
}
