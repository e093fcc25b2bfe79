import { MEASURES, SECTIONS } from "@/lib/assessments/catalogue";
import type { MeasureDefinition } from "@/lib/assessments/catalogue-types";
import { legLengthDiscrepancy } from "@/lib/assessments/derived";
import { formatValue } from "@/lib/assessments/findings";
import type { MeasurementCorrection } from "@/lib/assessments/corrections";
import type { MeasurementRow, Side } from "@/lib/assessments/measurement-form-mapping";
import { ClinicDateTime } from "@/components/ui/clinic-time";

export type MeasurementColumn = { heading: string; rows: MeasurementRow[]; corrections?: readonly MeasurementCorrection[] };

/** A cell: the current value, and under it what corrections replaced, newest first (when, then by whom and what). */
type Cell = { value: string; corrections: { at: string; rest: string }[] };
type Line = { key: string; label: string; cells: Cell[] };

const optionLabel = (options: readonly { value: string; label: string }[] | undefined, value: string | null) =>
  options?.find((option) => option.value === value)?.label;

function describe(measure: MeasureDefinition, row: Pick<MeasurementRow, "value" | "method" | "context" | "flag">): string {
  const extras = [
    measure.methods.length > 1 ? optionLabel(measure.methods, row.method) : undefined,
    optionLabel(measure.choice?.options, row.context),
    row.flag ? "pain on testing" : undefined,
  ].filter(Boolean);
  return `${formatValue(measure, row.value)}${extras.length ? ` (${extras.join(", ")})` : ""}`;
}

function cell(measure: MeasureDefinition, column: MeasurementColumn, side: Side, context = ""): Cell {
  const matches = (candidate: { measureCode: string; side: Side; context: string }) =>
    candidate.measureCode === measure.code && candidate.side === side && candidate.context === (measure.contexts ? context : candidate.context);
  const row = column.rows.find(matches);
  const corrections = (column.corrections ?? [])
    .filter(matches)
    .toSorted((a, b) => b.correctedAt.localeCompare(a.correctedAt))
    .map((correction) => ({
      at: correction.correctedAt,
      rest: `by ${correction.correctedByName}, was ${describe(measure, { ...correction.was, context: correction.context })}${correction.removed ? " (removed)" : ""}`,
    }));
  return { value: row ? describe(measure, row) : "—", corrections };
}

function linesFor(measure: MeasureDefinition, columns: MeasurementColumn[]): Line[] {
  if (measure.contexts) {
    return measure.contexts.map((context) => ({
      key: `${measure.code}-${context.value}`,
      label: `${measure.label}: ${context.label.toLowerCase()}`,
      cells: columns.map((column) => cell(measure, column, "NONE", context.value)),
    }));
  }
  if (!measure.bilateral) return [{ key: measure.code, label: measure.label, cells: columns.map((column) => cell(measure, column, "NONE")) }];
  return (["LEFT", "RIGHT"] as const).map((side) => ({
    key: `${measure.code}-${side}`,
    label: `${measure.label}, ${side === "LEFT" ? "left" : "right"}`,
    cells: columns.map((column) => cell(measure, column, side)),
  }));
}

function discrepancyLine(code: "leg-length-true" | "leg-length-apparent", label: string, columns: MeasurementColumn[]): Line {
  return {
    key: `${code}-difference`,
    label,
    cells: columns.map((column) => {
      const lld = legLengthDiscrepancy(column.rows, code);
      const value = !lld ? "—" : lld.shortSide ? `${lld.mm} mm, ${lld.shortSide === "LEFT" ? "left" : "right"} shorter` : "0 mm";
      return { value, corrections: [] };
    }),
  };
}

/**
 * Recorded values by section, one column per assessment; derived leg-length differences included. Under a
 * corrected value, in words, each earlier value with when and by whom it was corrected, newest first (the
 * value first recorded last).
 */
export function MeasurementTable({ columns }: { columns: MeasurementColumn[] }) {
  const sections = SECTIONS.map((section) => {
    const lines = (MEASURES as readonly MeasureDefinition[])
      .filter((measure) => measure.section === section.id)
      .flatMap((measure) => linesFor(measure, columns));
    if (section.id === "legLength") {
      lines.push(discrepancyLine("leg-length-true", "True leg-length difference (derived)", columns));
      lines.push(discrepancyLine("leg-length-apparent", "Apparent leg-length difference (derived)", columns));
    }
    return { ...section, lines: lines.filter((line) => line.cells.some((cell) => cell.value !== "—" || cell.corrections.length > 0)) };
  }).filter((section) => section.lines.length > 0);

  if (sections.length === 0) return <p className="text-sm text-slate-700">No measures were recorded.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Recorded values</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">
              Measure
            </th>
            {columns.map((column) => (
              <th key={column.heading} scope="col" className="px-4 py-2">
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.id} className="divide-y divide-slate-100">
            <tr className="bg-slate-50/60">
              <th scope="colgroup" colSpan={columns.length + 1} className="px-4 py-2 text-sm font-semibold text-slate-900">
                {section.label}
              </th>
            </tr>
            {section.lines.map((line) => (
              <tr key={line.key}>
                <th scope="row" className="px-4 py-2 font-normal text-slate-800">
                  {line.label}
                </th>
                {line.cells.map((cell, index) => (
                  <td key={index} className="px-4 py-2 tabular-nums">
                    {cell.value}
                    {cell.corrections.length > 0 && (
                      <ul aria-label="Earlier values, newest first" className="mt-1 space-y-0.5 text-xs text-slate-700">
                        {cell.corrections.map((correction, position) => (
                          <li key={position}>
                            Corrected on <ClinicDateTime iso={correction.at} /> {correction.rest}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
