import { ClinicDateTime } from "@/components/ui/clinic-time";
import { EmptyState } from "@/components/ui/empty-state";
import type { AddendumDTO } from "@/lib/visit-notes/types";

/** A signed note's addenda, oldest first, each dated and named. */
export function AddendaList({ addenda }: { addenda: AddendumDTO[] }) {
  if (addenda.length === 0) return <EmptyState title="No addenda" />;
  return (
    <ol className="space-y-3">
      {addenda.map((addendum) => (
        <li key={addendum.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm text-slate-700">
            Addendum by {addendum.authorName}, <ClinicDateTime iso={addendum.createdAt} />
          </p>
          <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">{addendum.text}</p>
        </li>
      ))}
    </ol>
  );
}
