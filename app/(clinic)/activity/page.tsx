import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActivityTable } from "@/components/activity/activity-table";
import { loadActivityPage } from "@/lib/activity/loaders";
import { activityQueryString } from "@/lib/activity/activity-url";
import { parseActivityParams } from "@/lib/activity/params";
import type { RawSearchParams } from "@/lib/core/url-state";

export const metadata: Metadata = { title: "Activity" };

/** Admins only: who changed what in the clinic, newest first, from the append-only audit trail. */
export default async function ActivityPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = parseActivityParams(await searchParams);
  const { page, filters } = await loadActivityPage(params);
  const lastPage = Math.max(1, Math.ceil(page.total / params.pageSize));
  if (params.page > lastPage) redirect(`/activity${activityQueryString({ ...params, page: lastPage })}`);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Activity</h1>
        <p className="text-sm text-slate-700">
          Every change to the clinic&apos;s records: who made it, when, and the values before and after. The trail cannot be edited or deleted,
          not even by the app. Times are in UTC.
        </p>
      </div>
      <ActivityTable page={page} params={params} filters={filters} />
    </div>
  );
}
