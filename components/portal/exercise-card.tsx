import { doseText } from "@/components/programs/program-view";
import type { IsoDate } from "@/lib/portal/local-date";
import type { ExerciseLogDTO, PlanItemDTO } from "@/lib/portal/types";
import { DueBadge } from "./due-badge";
import { inlineIllustration } from "./inline-illustration";
import { LogControls } from "./log-controls";

/** What the "done" button says and how prominent it is; none once today's sessions are all logged. */
function logOffer(item: PlanItemDTO): { label: string; emphasis: "primary" | "secondary" } | null {
  switch (item.due.kind) {
    case "due":
      return { label: item.due.doneToday > 0 ? "Done another session as prescribed" : "Done as prescribed", emphasis: "primary" };
    case "any-time":
      return { label: item.due.doneToday > 0 ? "Done again as prescribed" : "Done as prescribed", emphasis: "secondary" };
    case "later":
      return { label: "Did it today as prescribed", emphasis: "secondary" };
    case "done":
    case "paused":
      return null;
  }
}

/** How the latest log differs from the prescription, in words. */
function loggedText(log: ExerciseLogDTO): string {
  if (log.asPrescribed) return "as prescribed";
  const dose = doseText(log);
  return dose === "As instructed" ? "done differently, without sets or reps" : `you did ${dose}`;
}

const pictogramClasses = "h-auto w-full max-w-60 rounded border border-slate-100";

/**
 * An exercise's pictogram. The first card's is drawn inside the HTML (inline SVG, under 1 kB): it is the
 * largest thing a phone paints first, and as an image it waited for its own request (LCP on the 2.0 s
 * budget). The cards further down load theirs as they scroll into view.
 */
function Pictogram({ src, name, first }: { src: string; name: string; first: boolean }) {
  const markup = first ? inlineIllustration(src) : null;
  if (markup) return <div role="img" aria-label={name} className={`${pictogramClasses} [&>svg]:h-auto [&>svg]:w-full`} dangerouslySetInnerHTML={{ __html: markup }} />;
  // eslint-disable-next-line @next/next/no-img-element -- small local SVG pictograms need no optimisation
  return <img src={src} alt={name} width={240} height={160} loading={first ? "eager" : "lazy"} className={pictogramClasses} />;
}

/** One exercise of the plan: pictogram, dose, instructions, why it is there, and logging. */
export function ExerciseCard({ item, today, first = false }: { item: PlanItemDTO; today: IsoDate; first?: boolean }) {
  const headingId = `exercise-${item.programItemId}`;
  const illustration = item.exercise.illustration;
  const latestLog = item.todaysLogs.at(-1) ?? null;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {item.exercise.name}
        </h3>
        <DueBadge due={item.due} />
      </div>
      {illustration && <Pictogram src={illustration} name={item.exercise.name} first={first} />}
      <p className="text-base font-semibold text-slate-900">{doseText(item.prescribed, item.exercise.dosePer)}</p>
      <p className="text-base text-slate-800">{item.exercise.instructions}</p>
      {item.patientReason && (
        <p className="text-base text-slate-800">
          <span className="font-semibold">Why: </span>
          {item.patientReason}
        </p>
      )}
      {item.notes && (
        <p className="text-base text-slate-800">
          <span className="font-semibold">From your clinician: </span>
          {item.notes}
        </p>
      )}
      {latestLog && (
        <p className="text-sm text-slate-700">
          Logged today: {loggedText(latestLog)}
          {latestLog.note && ` · note: “${latestLog.note}”`}
        </p>
      )}
      <LogControls programItemId={item.programItemId} exerciseName={item.exercise.name} today={today} offer={logOffer(item)} latestLog={latestLog} />
    </article>
  );
}
