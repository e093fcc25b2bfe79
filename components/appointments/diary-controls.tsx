import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { diaryHref, diaryStep, type DiaryParams } from "@/lib/appointments/diary-params";
import type { NamedOption } from "@/lib/appointments/types";

/**
 * The diary's URL state as plain links and one GET form: day or week, Previous / Today / Next, and (for
 * admins) which clinician and which day. No client code: every state is a URL.
 */
export function DiaryControls({ params, day, today, clinician, clinicians }: { params: DiaryParams; day: string; today: string; clinician: NamedOption; clinicians: NamedOption[] }) {
  const at = (changes: Partial<DiaryParams>) => diaryHref({ ...params, ...changes });
  const unit = params.view === "day" ? "day" : "week";
  return (
    <div className="flex flex-wrap items-end gap-3">
      <nav aria-label="Diary view" className="flex gap-1">
        {(["day", "week"] as const).map((view) => (
          <Link key={view} href={at({ view })} aria-current={params.view === view ? "page" : undefined} className={buttonClasses(params.view === view ? "primary" : "secondary")}>
            {view === "day" ? "Day" : "Week"}
          </Link>
        ))}
      </nav>
      <nav aria-label={`Other ${unit}s`} className="flex gap-1">
        <Link href={at({ date: diaryStep(params.view, day, -1) })} className={buttonClasses("secondary")}>
          Previous {unit}
        </Link>
        <Link href={at({ date: "" })} className={buttonClasses("secondary")} aria-current={day === today && params.view === "day" ? "date" : undefined}>
          Today
        </Link>
        <Link href={at({ date: diaryStep(params.view, day, 1) })} className={buttonClasses("secondary")}>
          Next {unit}
        </Link>
      </nav>
      <form action="/appointments" method="get" className="flex flex-wrap items-end gap-2">
        {params.view !== "day" && <input type="hidden" name="view" value={params.view} />}
        <div>
          <label htmlFor="diary-date" className="mb-1 block text-sm font-medium text-slate-800">
            Day
          </label>
          <input id="diary-date" name="date" type="date" defaultValue={day} className={inputClasses} />
        </div>
        {clinicians.length > 1 ? (
          <div>
            <label htmlFor="diary-clinician" className="mb-1 block text-sm font-medium text-slate-800">
              Clinician
            </label>
            <select id="diary-clinician" name="clinician" defaultValue={clinician.id} className={inputClasses}>
              {clinicians.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          params.clinician && <input type="hidden" name="clinician" value={params.clinician} />
        )}
        <button type="submit" className={buttonClasses("secondary")}>
          Show
        </button>
      </form>
    </div>
  );
}
