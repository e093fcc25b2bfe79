import { ClinicDateTime } from "@/components/ui/clinic-time";
import { snapshotSummary } from "@/lib/episodes/gate-snapshot";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import type { PhaseChangeDTO } from "@/lib/episodes/types";

/** Every phase change: when, from what to what, who decided, why, and the exit gate as it stood then. */
export function PhaseHistory({ changes }: { changes: PhaseChangeDTO[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Phase history</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">When</th>
            <th scope="col" className="px-4 py-2">Change</th>
            <th scope="col" className="px-4 py-2">By</th>
            <th scope="col" className="px-4 py-2">Why</th>
            <th scope="col" className="px-4 py-2">Gate at the time</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[...changes].reverse().map((change) => (
            <tr key={change.changedAt}>
              <td className="px-4 py-2 whitespace-nowrap"><ClinicDateTime iso={change.changedAt} /></td>
              <td className="px-4 py-2">
                {change.fromPhase ? `${PHASE_LABELS[change.fromPhase]} → ${PHASE_LABELS[change.toPhase]}` : `Started in ${PHASE_LABELS[change.toPhase].toLowerCase()}`}
              </td>
              <td className="px-4 py-2">{change.changedByName}</td>
              <td className="px-4 py-2">{change.reason || "—"}</td>
              <td className="px-4 py-2">{change.gate ? snapshotSummary(change.gate) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
