import { z } from "zod";
import type { GateEvaluation } from "./gates";

/**
 * The exit gate's checklist as it stood at a phase change, kept with the change so the history shows
 * what the clinician saw when they decided (a later assessment must not rewrite it).
 */
const snapshotSchema = z.object({
  ready: z.boolean(),
  criteria: z.array(z.object({ label: z.string(), status: z.enum(["met", "not-met", "missing"]), detail: z.string() })),
});

export type GateSnapshot = z.infer<typeof snapshotSchema>;

export function snapshotOf(gate: GateEvaluation): GateSnapshot {
  return { ready: gate.ready, criteria: gate.criteria.map(({ label, status, detail }) => ({ label, status, detail })) };
}

/** A stored snapshot, or null for changes made before snapshots were kept (and for step-backs). */
export function parseSnapshot(stored: unknown): GateSnapshot | null {
  const parsed = snapshotSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** "Ready", or what was not: "Not ready: adherence not met; pain on testing missing". */
export function snapshotSummary(snapshot: GateSnapshot): string {
  if (snapshot.ready) return "Ready: every criterion met";
  const open = snapshot.criteria.filter((criterion) => criterion.status !== "met");
  return `Not ready: ${open.map((criterion) => `${criterion.label} (${criterion.status === "missing" ? "not recorded" : "not met"})`).join("; ")}`;
}
