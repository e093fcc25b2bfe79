/** The page benchmark's one table and the issue's budgets as pass/fail lines. */
import { DASHBOARD, DEEP_REGISTRY, FIRST_REGISTRY, FLOOR } from "./pages";

export type Row = {
  page: string;
  p50: number;
  p95: number;
  rps: number;
  statements: number | null;
  dataMs: number | null;
  rawMs: number | null;
  note?: string;
};

const fixed = (n: number | null, digits = 1) => (n === null || !Number.isFinite(n) ? "–" : n.toFixed(digits));

export function table(rows: Row[]): string {
  const floor = rows.find((row) => row.page === FLOOR)!;
  const header = ["page", "p50 ms", "p95 ms", "req/s @10", "statements", "p50/floor", "req/s/floor", "data part ms", "raw SQL ms", "data/raw"];
  const body = rows.map((row) => [
    row.page,
    fixed(row.p50),
    fixed(row.p95),
    fixed(row.rps),
    row.statements === null ? "–" : String(row.statements),
    fixed(row.p50 / floor.p50, 2),
    fixed(row.rps / floor.rps, 2),
    fixed(row.dataMs),
    fixed(row.rawMs),
    row.dataMs === null || row.rawMs === null ? "–" : fixed(row.dataMs / row.rawMs, 2),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...body.map(line)].join("\n");
}

/** The issue's budgets, one line each: "met" or "MISSED" (words no test runner closes with), what was compared. */
export function budgets(rows: Row[]): string[] {
  const floor = rows.find((row) => row.page === FLOOR)!;
  const byName = (name: string) => rows.find((row) => row.page === name)!;
  const verdict = (ok: boolean, text: string) => `${ok ? "met   " : "MISSED"}  ${text}`;
  const lines: string[] = [];
  for (const row of rows.filter((r) => r.page !== FLOOR)) {
    lines.push(verdict(row.p50 <= 1.5 * floor.p50, `${row.page}: p50 ${fixed(row.p50)} ms ≤ 1.5 × floor ${fixed(floor.p50)} ms (${fixed(row.p50 / floor.p50, 2)}×)`));
    lines.push(verdict(row.rps >= 0.8 * floor.rps, `${row.page}: ${fixed(row.rps)} req/s @10 ≥ 0.8 × floor ${fixed(floor.rps)} req/s (${fixed(row.rps / floor.rps, 2)}×)`));
  }
  for (const row of rows) {
    if (row.dataMs === null || row.rawMs === null) lines.push(`N/A   ${row.page}: data part vs raw SQL not measured${row.note ? ` (${row.note})` : ""}`);
    else lines.push(verdict(row.dataMs <= 2 * row.rawMs, `${row.page}: data part ${fixed(row.dataMs)} ms ≤ 2 × raw SQL ${fixed(row.rawMs)} ms (${fixed(row.dataMs / row.rawMs, 2)}×)`));
  }
  const first = byName(FIRST_REGISTRY);
  const deep = byName(DEEP_REGISTRY);
  // "As fast as": within 10% (or 2 ms) of the first page's p50, so noise alone does not fail it.
  lines.push(verdict(deep.p50 <= Math.max(first.p50 * 1.1, first.p50 + 2), `deep registry page p50 ${fixed(deep.p50)} ms as fast as the first page's ${fixed(first.p50)} ms (within 10% or 2 ms)`));
  const dashboard = byName(DASHBOARD);
  lines.push(verdict(dashboard.p50 <= 3 * floor.p50, `dashboard of clinic 01: p50 ${fixed(dashboard.p50)} ms ≤ 3 × floor ${fixed(floor.p50)} ms (${fixed(dashboard.p50 / floor.p50, 2)}×)`));
  return lines;
}
