import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { ApiKeyDTO } from "@/lib/api-keys/types";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

const cell = "px-3 py-2 align-top";

/** The clinic's keys, newest first. A clinic has a handful, so a plain table: nothing sorts or pages. */
export function ApiKeyTable({ keys }: { keys: ApiKeyDTO[] }) {
  if (keys.length === 0) return <EmptyState title="No API keys yet">Create one with the form above for each system that reads from Rehabit.</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">API keys</caption>
        <thead className="bg-slate-50 text-left font-medium text-slate-700">
          <tr>
            {["Name", "Prefix", "Created", "Last used", "Status", "Actions"].map((header) => (
              <th key={header} scope="col" className={cell}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {keys.map((key) => (
            <tr key={key.id}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {key.name}
              </th>
              <td className={`${cell} font-mono text-xs`}>rhb_{key.prefix}_…</td>
              <td className={cell}>
                <span className="whitespace-nowrap">
                  <ClinicDateTime iso={key.createdAt} />
                </span>
                <div className="text-slate-600">by {key.createdBy}</div>
              </td>
              <td className={cell}>
                {key.lastUsedAt ? (
                  <span className="whitespace-nowrap">
                    <ClinicDateTime iso={key.lastUsedAt} />
                  </span>
                ) : (
                  <span className="text-slate-600">Never</span>
                )}
              </td>
              <td className={cell}>
                {key.revokedAt ? (
                  <>
                    <Badge tone="muted">Revoked</Badge>
                    <div className="whitespace-nowrap text-slate-600">
                      <ClinicDateTime iso={key.revokedAt} />
                      {key.revokedBy && ` by ${key.revokedBy}`}
                    </div>
                  </>
                ) : (
                  <Badge tone="positive">Active</Badge>
                )}
              </td>
              <td className={cell}>{key.revokedAt ? <span className="text-slate-600">—</span> : <RevokeApiKeyButton apiKey={key} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
