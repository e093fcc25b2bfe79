import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { loadPortalHome } from "@/lib/portal/loaders";

export const metadata: Metadata = { title: "My plan" };

export default async function PortalHome() {
  const home = await loadPortalHome();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Hello, {home.firstName}</h1>
        <p className="text-slate-700">{home.clinicName}</p>
      </div>
      <section aria-labelledby="plan-heading" className="space-y-3">
        <h2 id="plan-heading" className="text-xl font-semibold">
          Today&apos;s plan
        </h2>
        <EmptyState title="No plan assigned yet">
          Your clinician will add your exercises here after your assessment.
        </EmptyState>
      </section>
    </div>
  );
}
