import type { Metadata } from "next";
import { NextVisitCard } from "@/components/appointments/next-visit-card";
import { MorningPainCard } from "@/components/portal/morning-pain-card";
import { PortalPlan } from "@/components/portal/portal-plan";
import { TimeZoneCookie } from "@/components/portal/time-zone-cookie";
import { loadPortalNextVisit } from "@/lib/appointments/loaders";
import { loadPortalHome } from "@/lib/portal/loaders";

export const metadata: Metadata = { title: "My plan" };

/**
 * The portal home: the next visit, the next-morning question, then today's plan, all in the first HTML:
 * the visit card streamed in after the page was drawn pushed the plan down by its height on a phone
 * (Lighthouse's layout shift 0.17).
 */
export default async function PortalHome() {
  const [home, next] = await Promise.all([loadPortalHome(), loadPortalNextVisit()]);
  return (
    <div className="space-y-6">
      <TimeZoneCookie serverTimeZone={home.timeZone} />
      <div>
        <h1 className="text-2xl font-semibold">Hello, {home.firstName}</h1>
        <p className="text-slate-700">{home.clinicName}</p>
      </div>
      <NextVisitCard visit={next.visit} timeZone={next.timeZone} />
      {home.morningPain && <MorningPainCard morningPain={home.morningPain} />}
      <PortalPlan plan={home.plan} today={home.today} />
    </div>
  );
}
