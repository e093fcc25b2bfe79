import type { PainTrend } from "@/lib/portal-progress/pain-trend";
import { BarList } from "./bar-list";

/** Weekly mean pain during exercise and the next morning, 0 (none) to 10 (worst imaginable). */
export function PainSection({ during, morning }: { during: PainTrend; morning: PainTrend }) {
  return (
    <section aria-labelledby="pain-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h2 id="pain-heading" className="text-xl font-semibold">
          Pain
        </h2>
        <p className="text-slate-700">0 means no pain, 10 the worst pain you can imagine.</p>
      </div>
      <PainTrendView heading="During your exercises" trend={during} />
      <PainTrendView heading="The morning after" trend={morning} />
    </section>
  );
}

function PainTrendView({ heading, trend }: { heading: string; trend: PainTrend }) {
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{heading}</h3>
      <p>{trend.text}</p>
      {trend.direction !== null && (
        <BarList
          label={`${heading}: average pain each week`}
          bars={trend.weeks.map((week) => ({
            key: week.weekStart,
            label: week.label,
            valueText: week.mean === null ? "no ratings" : `${week.mean} out of 10`,
            fraction: week.mean === null ? null : week.mean / 10,
          }))}
        />
      )}
    </div>
  );
}
