import { EmptyState } from "@/components/ui/empty-state";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import type { IsoDate } from "@/lib/portal/local-date";
import { planSections } from "@/lib/portal/plan";
import type { PlanItemDTO, PortalPlanDTO } from "@/lib/portal/types";
import { ExerciseCard } from "./exercise-card";

/** The list of cards; `firstId` names the page's first card, whose pictogram is what a phone paints first. */
function PlanList({ items, today, firstId }: { items: PlanItemDTO[]; today: IsoDate; firstId: string | undefined }) {
  return (
    <ul className="space-y-4">
      {items.map((item) => (
        <li key={item.programItemId}>
          <ExerciseCard item={item} today={today} first={item.programItemId === firstId} />
        </li>
      ))}
    </ul>
  );
}

/** Today's plan: due and done today, then exercises for any time, then those later this week, then any paused. */
export function PortalPlan({ plan, today }: { plan: PortalPlanDTO; today: IsoDate }) {
  if (plan.kind !== "plan" || plan.items.length === 0) {
    return (
      <section aria-labelledby="plan-heading" className="space-y-3">
        <h2 id="plan-heading" className="text-xl font-semibold">
          Today&apos;s plan
        </h2>
        <EmptyState title={plan.kind === "no-episode" ? "No plan yet" : "No exercises yet"}>
          Your clinician will add your exercises here after your assessment.
        </EmptyState>
      </section>
    );
  }
  const { today: todays, anyTime, later, paused } = planSections(plan.items);
  const firstId = [...todays, ...anyTime, ...later, ...paused][0]?.programItemId;
  return (
    <>
      <section aria-labelledby="plan-heading" className="space-y-3">
        <div>
          <h2 id="plan-heading" className="text-xl font-semibold">
            Today&apos;s plan
          </h2>
          <p className="text-sm text-slate-700">
            {PHASE_LABELS[plan.phase]} phase · plan version {plan.programVersion}
          </p>
        </div>
        {todays.length ? <PlanList items={todays} today={today} firstId={firstId} /> : <EmptyState title="Nothing is due today">Your next exercises are listed below.</EmptyState>}
      </section>
      {anyTime.length > 0 && (
        <section aria-labelledby="any-time-heading" className="space-y-3">
          <h2 id="any-time-heading" className="text-xl font-semibold">
            Any time
          </h2>
          <PlanList items={anyTime} today={today} firstId={firstId} />
        </section>
      )}
      {later.length > 0 && (
        <section aria-labelledby="later-heading" className="space-y-3">
          <h2 id="later-heading" className="text-xl font-semibold">
            Later this week
          </h2>
          <PlanList items={later} today={today} firstId={firstId} />
        </section>
      )}
      {paused.length > 0 && (
        <section aria-labelledby="paused-heading" className="space-y-3">
          <div>
            <h2 id="paused-heading" className="text-xl font-semibold">
              Paused by your clinician
            </h2>
            <p className="text-sm text-slate-700">
              Your recovery has moved back a step, so these exercises are too demanding for now. Do not do them until your clinician
              updates your plan.
            </p>
          </div>
          <PlanList items={paused} today={today} firstId={firstId} />
        </section>
      )}
    </>
  );
}
