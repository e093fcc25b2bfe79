import type { Condition, EpisodeOfCare, EpisodeOfCareStatusHistory, Extension } from "@medplum/fhirtypes";
import type { EpisodeRecord, PatientRecord } from "./record";
import { EXTENSIONS, lateralityExtension, phaseCoding, reference, sideWord, SYSTEMS } from "./systems";

const STATUS = { ACTIVE: "active", ON_HOLD: "onhold", FINISHED: "finished" } as const;

/** When the episode was finished: the last change to FINISHED, when that is its status now. */
export function finishedAt(episode: EpisodeRecord): string | null {
  if (episode.status !== "FINISHED") return null;
  return episode.statusChanges.findLast((change) => change.toStatus === "FINISHED")?.changedAt ?? null;
}

/**
 * Past statuses as closed periods: the first from creation until the first change, then each change's
 * status until the next. The current status is `status` itself, so its open period is not repeated.
 */
function statusHistory(episode: EpisodeRecord): EpisodeOfCareStatusHistory[] {
  const history: EpisodeOfCareStatusHistory[] = [];
  episode.statusChanges.forEach((change, index) => {
    const start = index === 0 ? episode.createdAt : episode.statusChanges[index - 1]!.changedAt;
    history.push({ status: STATUS[change.fromStatus], period: { start, end: change.changedAt } });
  });
  return history;
}

/**
 * Phase history as a complex extension, one per phase: phase (Coding), start, end (until the next
 * change; none for the current phase), reason and who changed it.
 */
function phaseHistory(episode: EpisodeRecord): Extension[] {
  return episode.phaseChanges.map((change, index) => {
    const next = episode.phaseChanges[index + 1];
    const parts: Extension[] = [
      { url: "phase", valueCoding: phaseCoding(change.toPhase) },
      { url: "start", valueDateTime: change.changedAt },
    ];
    if (next) parts.push({ url: "end", valueDateTime: next.changedAt });
    if (change.reason) parts.push({ url: "reason", valueString: change.reason });
    parts.push({ url: "changedBy", valueReference: reference("Practitioner", change.changedById) });
    return { url: EXTENSIONS.phaseHistory, extension: parts };
  });
}

export function episodeOfCareResource(record: PatientRecord, episode: EpisodeRecord): EpisodeOfCare {
  const end = finishedAt(episode);
  const history = statusHistory(episode);
  const phases = phaseHistory(episode);
  return {
    resourceType: "EpisodeOfCare",
    id: episode.id,
    ...(phases.length ? { extension: phases } : {}),
    status: STATUS[episode.status],
    ...(history.length ? { statusHistory: history } : {}),
    diagnosis: [{ condition: reference("Condition", episode.id, episode.diagnosis), rank: 1 }],
    patient: reference("Patient", record.patient.id),
    managingOrganization: reference("Organization", record.clinic.id),
    period: { start: episode.onsetDate, ...(end ? { end } : {}) },
    careManager: reference("Practitioner", episode.clinicianId),
  };
}

/** WHO ICD-10 codes stop at one decimal (S76.3); longer ones (S76.311A) are ICD-10-CM. */
export const icd10System = (code: string) => (/^[A-Z]\d{2}(\.\d)?$/.test(code) ? SYSTEMS.icd10 : SYSTEMS.icd10cm);

/**
 * The episode's diagnosis. A finished episode's condition is resolved and abated when it finished
 * (con-4: abated needs inactive/resolved/remission); never entered-in-error, so clinicalStatus is
 * always present (con-3, con-5). SNOMED has no verified hamstring-strain code (domain.md §4.1): the
 * code is ICD-10 when the clinician gave one, and the diagnosis text always.
 */
export function conditionResource(record: PatientRecord, episode: EpisodeRecord): Condition {
  const end = finishedAt(episode);
  const clinical = end ? "resolved" : "active";
  const code = episode.icd10Code?.trim();
  return {
    resourceType: "Condition",
    id: episode.id,
    clinicalStatus: { coding: [{ system: SYSTEMS.conditionClinical, code: clinical }] },
    verificationStatus: { coding: [{ system: SYSTEMS.conditionVerification, code: "confirmed" }] },
    category: [{ coding: [{ system: SYSTEMS.conditionCategory, code: "encounter-diagnosis", display: "Encounter Diagnosis" }] }],
    code: { ...(code ? { coding: [{ system: icd10System(code), code }] } : {}), text: episode.diagnosis },
    bodySite: [
      {
        extension: [lateralityExtension(EXTENSIONS.bodySiteLaterality, episode.side)],
        text: `${sideWord(episode.side)} posterior thigh (hamstrings)`,
      },
    ],
    subject: reference("Patient", record.patient.id),
    onsetDateTime: episode.onsetDate,
    ...(end ? { abatementDateTime: end } : {}),
    recordedDate: episode.createdAt,
    recorder: reference("Practitioner", episode.clinicianId),
    note: [{ text: `Mechanism: ${episode.mechanism.toLowerCase()}` }],
  };
}
