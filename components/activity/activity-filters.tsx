"use client";

import { useClinicTimeZone } from "@/components/ui/clinic-time-zone";
import { inputClasses } from "@/components/ui/field";
import { ACTIVITY_PAGE_SIZES, type ActivityParams } from "@/lib/activity/activity-url";
import { ACTION_LABELS } from "@/lib/activity/summary";
import type { ActivityFiltersDTO } from "@/lib/activity/types";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/core/audit-actions";
import type { UrlStateNavigate } from "@/components/ui/use-url-state-navigation";

const labelClasses = "mb-1 block text-sm font-medium text-slate-800";

/**
 * Person, action, days (the clinic's, in its zone) and page size; the patient filter is set from a row and
 * shown here to clear. Each change applies at once.
 */
export function ActivityFilters({ params, filters, navigate }: { params: ActivityParams; filters: ActivityFiltersDTO; navigate: UrlStateNavigate<ActivityParams> }) {
  const timeZone = useClinicTimeZone();
  const filtered = params.actor || params.patient || params.action || params.from || params.to;
  return (
    <form role="search" aria-label="Filter activity" className="space-y-3" onSubmit={(event) => event.preventDefault()}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="activity-actor" className={labelClasses}>
            Person
          </label>
          <select id="activity-actor" value={params.actor ?? ""} onChange={(event) => navigate({ actor: event.target.value || null })} className={inputClasses}>
            <option value="">Everyone</option>
            {filters.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({person.role === "ADMIN" ? "admin" : "clinician"})
              </option>
            ))}
            {filters.apiKeys.length > 0 && (
              <optgroup label="API keys">
                {filters.apiKeys.map((key) => (
                  <option key={key.id} value={key.id}>
                    API key: {key.name}
                  </option>
                ))}
              </optgroup>
            )}
            {params.actor && ![...filters.people, ...filters.apiKeys].some((actor) => actor.id === params.actor) && <option value={params.actor}>The chosen person</option>}
          </select>
        </div>
        <div>
          <label htmlFor="activity-action" className={labelClasses}>
            Action
          </label>
          <select
            id="activity-action"
            value={params.action ?? ""}
            onChange={(event) => navigate({ action: (event.target.value || null) as AuditAction | null })}
            className={inputClasses}
          >
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {ACTION_LABELS[action]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="activity-from" className={labelClasses}>
            From ({timeZone} day)
          </label>
          <input id="activity-from" type="date" value={params.from ?? ""} onChange={(event) => navigate({ from: event.target.value || null })} className={inputClasses} />
        </div>
        <div>
          <label htmlFor="activity-to" className={labelClasses}>
            To ({timeZone} day)
          </label>
          <input id="activity-to" type="date" value={params.to ?? ""} onChange={(event) => navigate({ to: event.target.value || null })} className={inputClasses} />
        </div>
        <div>
          <label htmlFor="activity-page-size" className={labelClasses}>
            Rows per page
          </label>
          <select
            id="activity-page-size"
            value={params.pageSize}
            onChange={(event) => navigate({ pageSize: Number(event.target.value) as ActivityParams["pageSize"] })}
            className={inputClasses}
          >
            {ACTIVITY_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(params.patient || filtered) && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {params.patient && (
            <p>
              Patient: <span className="font-medium">{filters.patient?.name ?? "not in this clinic"}</span>{" "}
              <button type="button" onClick={() => navigate({ patient: null })} className="font-medium text-brand-700 underline">
                All patients
              </button>
            </p>
          )}
          {filtered && (
            <button
              type="button"
              onClick={() => navigate({ actor: null, patient: null, action: null, from: null, to: null })}
              className="font-medium text-brand-700 underline"
            >
              Clear all filters
            </button>
          )}
        </div>
      )}
    </form>
  );
}
