export { PatientTabLoading as default } from "@/components/patients/patient-tab-loading";
