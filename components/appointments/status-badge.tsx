import { Badge } from "@/components/ui/badge";
import { APPOINTMENT_STATUS_LABELS, type AppointmentStatus } from "@/lib/appointments/labels";

const TONES = { BOOKED: "positive", ATTENDED: "neutral", NO_SHOW: "muted", CANCELLED: "muted" } as const;

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  return <Badge tone={TONES[status]}>{APPOINTMENT_STATUS_LABELS[status]}</Badge>;
}
