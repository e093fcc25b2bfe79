import "server-only";
import { notFound } from "next/navigation";
import { requirePatientScope } from "@/lib/core/auth/session";
import { getOwnSummary } from "./data";

export async function loadPortalHome() {
  const { scope } = await requirePatientScope();
  const summary = await getOwnSummary(scope);
  if (!summary) notFound();
  return { firstName: summary.firstName, lastName: summary.lastName, clinicName: summary.clinic.name };
}
