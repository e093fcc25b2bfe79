import { PortalAccessPanel } from "@/components/invitations/portal-access-panel";
import { Badge } from "@/components/ui/badge";
import { ageInYears, formatDate } from "@/lib/core/dates";
import { LEG_OPTIONS, SEX_OPTIONS } from "@/lib/patients/labels";
import type { PortalAccess } from "@/lib/invitations/types";
import type { PatientDTO } from "@/lib/patients/types";

const labelFor = <T extends string>(options: readonly { value: T; label: string }[], value: T) =>
  options.find((option) => option.value === value)?.label ?? value;

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** The patient summary that stays beside every tab, with their portal access; the age is on `today`, the clinic's. */
export function PatientSidebar({ patient, portalAccess, today }: { patient: PatientDTO; portalAccess: PortalAccess; today: string }) {
  return (
    <aside aria-label="Patient summary" className="print:hidden space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-center gap-2">
        {patient.status === "ACTIVE" ? <Badge tone="positive">Active</Badge> : <Badge tone="muted">Archived</Badge>}
        {patient.hasPortalAccount && <Badge>Portal account</Badge>}
      </div>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-1">
        <Item term="Age">
          {ageInYears(patient.dateOfBirth, today)} years <span className="text-slate-600">({formatDate(patient.dateOfBirth)})</span>
        </Item>
        <Item term="Sex">{labelFor(SEX_OPTIONS, patient.sex)}</Item>
        <Item term="Dominant leg">{labelFor(LEG_OPTIONS, patient.dominantLeg)}</Item>
        <Item term="Sport or activity">{patient.sport || "Not recorded"}</Item>
        <Item term="Record number">{patient.recordNumber}</Item>
        <Item term="Contact">
          {patient.email || patient.phone ? (
            <>
              {patient.email && <span className="block break-all">{patient.email}</span>}
              {patient.phone && <span className="block">{patient.phone}</span>}
            </>
          ) : (
            "Not recorded"
          )}
        </Item>
      </dl>
      {patient.notes && (
        <div>
          <h2 className="text-xs font-medium uppercase tracking-wide text-slate-600">Notes</h2>
          <p className="mt-0.5 whitespace-pre-wrap text-sm">{patient.notes}</p>
        </div>
      )}
      <PortalAccessPanel patientId={patient.id} patientEmail={patient.email} archived={patient.status === "ARCHIVED"} access={portalAccess} />
    </aside>
  );
}
