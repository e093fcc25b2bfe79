import type { CarePlan, CarePlanActivity, Observation, Reference } from "@medplum/fhirtypes";
import { calendarDayIn } from "@/lib/core/time-zones";
import { SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { suggestionsFor } from "@/lib/programs/suggestions";
import type { MappedAssessment } from "./assessment-observations";
import { dosage, doseText, doseTiming } from "./dosage";
import { finishedAt } from "./episode";
import type { EpisodeRecord, PatientRecord, ProgramItemRecord, ProgramVersionRecord } from "./record";
import { EXERCISE_THERAPY, EXTENSIONS, fhirId, phaseCoding, reference, SYSTEMS } from "./systems";

/**
 * One CarePlan per saved program version (domain.md §4.3). Status: the latest version of an episode
 * follows the episode (active → active, on hold → on-hold, finished → completed); every earlier version
 * was replaced before it ran its course, so it is revoked, and `replaces` chains each version to the
 * one before. The period runs from the version's save to the next version's (or the episode's end).
 */
const ACTIVITY_STATUS = { active: "in-progress", "on-hold": "on-hold", completed: "completed", revoked: "stopped" } as const;
type PlanStatus = keyof typeof ACTIVITY_STATUS;

export const carePlanId = (programId: string) => programId;
export const activityId = (itemId: string) => fhirId("item", itemId);

function planStatus(episode: EpisodeRecord | undefined, latest: boolean): PlanStatus {
  if (!latest) return "revoked";
  switch (episode?.status) {
    case "ON_HOLD":
      return "on-hold";
    case "FINISHED":
      return "completed";
    case "ACTIVE":
    case undefined:
      return "active";
  }
}

/** The versions of each episode, in version order. */
function versionsByEpisode(programs: readonly ProgramVersionRecord[]): Map<string, ProgramVersionRecord[]> {
  const byEpisode = new Map<string, ProgramVersionRecord[]>();
  for (const program of programs) byEpisode.set(program.episodeId, [...(byEpisode.get(program.episodeId) ?? []), program]);
  for (const versions of byEpisode.values()) versions.sort((a, b) => a.version - b.version);
  return byEpisode;
}

/**
 * The findings an item answers: those of the episode's latest assessment on or before the version's
 * day whose suggestions (suggestionsFor, one finding at a time) include the item's exercise.
 */
function reasonReferences(item: ProgramItemRecord, version: ProgramVersionRecord, assessments: readonly MappedAssessment[], clinicZone: string): Reference<Observation>[] {
  // The version's day in the clinic's zone, the zone assessment days are in.
  const day = calendarDayIn(clinicZone, new Date(version.createdAt));
  const latest = assessments.filter((mapped) => mapped.assessment.episodeId === version.episodeId && mapped.assessment.assessedOn <= day).at(-1);
  if (!latest) return [];
  const ids = latest.findings
    .filter(({ finding }) => suggestionsFor([finding], version.phase, SHARED_CATALOGUE).some((suggestion) => suggestion.exerciseCode === item.exerciseCode))
    .flatMap(({ observationIds }) => observationIds);
  return [...new Set(ids)].map((id) => reference("Observation", id));
}

function activity(item: ProgramItemRecord, version: ProgramVersionRecord, status: PlanStatus, assessments: readonly MappedAssessment[], record: PatientRecord): CarePlanActivity {
  const timing = doseTiming(item);
  const reasons = reasonReferences(item, version, assessments, record.clinic.timeZone);
  const reasonText = [item.rationale, item.patientReason].filter((text): text is string => Boolean(text?.trim()));
  return {
    id: activityId(item.id),
    detail: {
      extension: [{ url: EXTENSIONS.exerciseDosage, valueDosage: dosage(item, item.notes) }],
      kind: "ServiceRequest",
      code: {
        coding: [EXERCISE_THERAPY, { system: SYSTEMS.exercises, code: item.exerciseCode, display: item.exerciseName }],
        text: item.exerciseName,
      },
      ...(reasonText.length ? { reasonCode: reasonText.map((text) => ({ text })) } : {}),
      ...(reasons.length ? { reasonReference: reasons } : {}),
      status: ACTIVITY_STATUS[status],
      ...(timing ? { scheduledTiming: timing } : {}),
      performer: [reference("Patient", record.patient.id)],
      description: `${item.exerciseName}: ${doseText(item)}`,
    },
  };
}

export function carePlanResources(record: PatientRecord, assessments: readonly MappedAssessment[]): CarePlan[] {
  const plans: CarePlan[] = [];
  for (const [episodeId, versions] of versionsByEpisode(record.programs)) {
    const episode = record.episodes.find((candidate) => candidate.id === episodeId);
    versions.forEach((version, index) => {
      const previous = versions[index - 1];
      const next = versions[index + 1];
      const status = planStatus(episode, !next);
      const end = next?.createdAt ?? (episode ? finishedAt(episode) : null);
      plans.push({
        resourceType: "CarePlan",
        id: carePlanId(version.id),
        status,
        intent: "plan",
        category: [{ coding: [phaseCoding(version.phase)], text: phaseCoding(version.phase).display }],
        title: `Exercise program, version ${version.version}`,
        ...(version.note ? { description: version.note } : {}),
        subject: reference("Patient", record.patient.id),
        period: { start: version.createdAt, ...(end ? { end } : {}) },
        created: version.createdAt,
        author: reference("Practitioner", version.createdById),
        ...(previous ? { replaces: [reference("CarePlan", carePlanId(previous.id))] } : {}),
        ...(episode ? { addresses: [reference("Condition", episode.id, episode.diagnosis)] } : {}),
        ...(version.items.length
          ? { activity: version.items.toSorted((a, b) => a.position - b.position).map((item) => activity(item, version, status, assessments, record)) }
          : {}),
      });
    });
  }
  return plans;
}
