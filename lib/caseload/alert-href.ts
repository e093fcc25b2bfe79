import type { AlertKind } from "./alerts";

/**
 * Where each reason chip leads: the tab or page where the clinician can act on it. Its own module
 * because the dashboard's table builds the links in the browser from the alert's kind, so the page
 * carries each link once, in its HTML, rather than again in the rows handed to the table.
 */
export function alertHref(kind: AlertKind, patientId: string, episodeId: string): string {
  const patient = `/patients/${patientId}`;
  switch (kind) {
    case "pain-during":
    case "morning-pain":
    case "no-log":
    case "cramp-red-flag":
      return `${patient}/diary`;
    case "rest-pain-rise":
      return `${patient}/progress`;
    case "load-jump":
      return `${patient}/episodes/${episodeId}/program`;
    case "reassessment-due":
      return `${patient}/assessments/new?episode=${episodeId}`;
    case "gate-met":
      return `${patient}/episodes/${episodeId}`;
  }
}
