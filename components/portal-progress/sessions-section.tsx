import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { AdherenceSummary } from "@/lib/portal-progress/adherence-summary";
import { BarList } from "./bar-list";

/** This week's sessions against the week's plan, and the 4 full weeks before it. */
export function SessionsSection({ adherence, onHold, hasLogged }: { adherence: AdherenceSummary; onHold: boolean; hasLogged: boolean }) {
  return (
    <section aria-labelledby="sessions-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="sessions-heading" className="text-xl font-semibold">
        Your sessions
      </h2>
      {!hasLogged ? (
        <EmptyState title="No exercises logged yet">
          <p>Log your exercises on My plan to see your progress here.</p>
          <Link href="/portal" className={buttonClasses("secondary", "mt-3 min-h-11")}>
            Go to My plan
          </Link>
        </EmptyState>
      ) : (
        <>
          <p className="text-lg">
            {adherence.thisWeek?.text ?? (onHold ? "Your plan is on hold, so no sessions are due right now." : "No sessions are due this week yet.")}
          </p>
          <h3 className="font-semibold">The last 4 weeks</h3>
          <p>{adherence.trendText}</p>
          <BarList
            label="Sessions done each week"
            bars={adherence.weeks.map((week) => ({
              key: week.weekStart,
              label: week.label,
              valueText: week.percent === null ? "nothing planned" : `${week.done} of ${week.planned} (${week.percent} %)`,
              fraction: week.percent === null ? null : week.percent / 100,
            }))}
          />
        </>
      )}
    </section>
  );
}
