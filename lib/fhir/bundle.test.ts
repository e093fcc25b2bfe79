import type { Bundle, Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { validateFhir } from "@/scripts/testing/fhir-validation";
import { observationResources, patientBundle, patientBundleResources, patientBundleStream } from "./bundle";
import { fixtureRecord, fixtureWithManyLogs, IDS } from "@/scripts/testing/fhir-fixture-record";

const OPTIONS = { base: "https://clinic.example/fhir/R4", timestamp: "2024-06-01T12:00:00.000Z" };

/** Every "Type/id" reference anywhere in a resource. */
function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "reference" && typeof child === "string") found.push(child);
      else referencesIn(child, found);
    }
  }
  return found;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  let text = "";
  for (let next = await reader.read(); !next.done; next = await reader.read()) text += decoder.decode(next.value, { stream: true });
  return text + decoder.decode();
}

describe("patientBundle", () => {
  const bundle = patientBundle(fixtureRecord(), OPTIONS);
  const resources = bundle.entry!.map((entry) => entry.resource!);

  it("validates every resource, and the Bundle, against the R4 definitions with no errors", () => {
    const warnings = new Map<string, number>();
    const errors: string[] = [];
    for (const resource of [...resources, bundle as Resource]) {
      const result = validateFhir(resource);
      errors.push(...result.errors.map((error) => `${resource.resourceType}/${resource.id}: ${error}`));
      for (const warning of result.warnings) warnings.set(warning, (warnings.get(warning) ?? 0) + 1);
    }
    console.info(`FHIR validation: ${resources.length} resources, ${[...warnings.values()].reduce((a, b) => a + b, 0)} warnings`, Object.fromEntries(warnings));
    expect(errors).toEqual([]);
  });

  it("is a collection with one entry per resource under the base, and no duplicate fullUrls", () => {
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection", timestamp: OPTIONS.timestamp });
    const urls = bundle.entry!.map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const entry of bundle.entry!) expect(entry.fullUrl).toBe(`${OPTIONS.base}/${entry.resource!.resourceType}/${entry.resource!.id}`);
  });

  it("resolves every reference to an entry of the bundle", () => {
    const present = new Set(resources.map((resource) => `${resource.resourceType}/${resource.id}`));
    const dangling = resources.flatMap((resource) => referencesIn(resource).filter((reference) => !present.has(reference)));
    expect(dangling).toEqual([]);
  });

  it("names only this patient and only the staff the record refers to", () => {
    const patients = resources.flatMap((resource) => referencesIn(resource)).filter((reference) => reference.startsWith("Patient/"));
    expect(new Set(patients)).toEqual(new Set([`Patient/${IDS.patient}`]));
    expect(resources.filter((resource) => resource.resourceType === "Patient").map((resource) => resource.id)).toEqual([IDS.patient]);
    const practitioners = resources.filter((resource) => resource.resourceType === "Practitioner").map((resource) => resource.id);
    expect(practitioners.toSorted()).toEqual([IDS.alice, IDS.bob].toSorted());
    expect(JSON.stringify(bundle)).not.toContain("Carol");
  });

  it("gives every resource type the issue asks for", () => {
    const types = new Set(resources.map((resource) => resource.resourceType));
    for (const type of ["Patient", "Organization", "Practitioner", "EpisodeOfCare", "Condition", "Observation", "Questionnaire", "QuestionnaireResponse", "CarePlan", "Provenance"]) {
      expect(types).toContain(type);
    }
  });

  it("lists the same Observations for search as the bundle holds", () => {
    const inBundle = resources.filter((resource) => resource.resourceType === "Observation").map((resource) => resource.id);
    expect(observationResources(fixtureRecord()).map((observation) => observation.id)).toEqual(inBundle);
  });
});

describe("patientBundleStream", () => {
  it("writes JSON that parses to the same Bundle as patientBundle", async () => {
    const record = fixtureRecord();
    const parsed = JSON.parse(await readAll(patientBundleStream(record, OPTIONS))) as Bundle;
    expect(parsed).toEqual(patientBundle(record, OPTIONS));
  });

  it("streams 3,000 sessions in chunks rather than one string", async () => {
    const record = fixtureWithManyLogs(3000);
    const reader = patientBundleStream(record, OPTIONS).getReader();
    let chunks = 0;
    let text = "";
    const decoder = new TextDecoder();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks++;
      text += decoder.decode(next.value, { stream: true });
    }
    const parsed = JSON.parse(text) as Bundle;
    expect(parsed.entry).toHaveLength([...patientBundleResources(record)].length);
    expect(chunks).toBeGreaterThan(30);
  });
});
