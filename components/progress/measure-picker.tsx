import type { ChartMeasureCode, ChartMeasureGroup } from "@/lib/progress/chart-measures";
import type { ProgressParams } from "@/lib/progress/schema";
import { PickerForm } from "./picker-form";

/** Any catalogue measure or derived quantity, grouped as on the assessment form; empty ones say so. */
export function MeasurePicker({
  basePath,
  params,
  groups,
  withData,
}: {
  basePath: string;
  params: ProgressParams;
  groups: readonly ChartMeasureGroup[];
  withData: readonly ChartMeasureCode[];
}) {
  return (
    <PickerForm basePath={basePath} params={params} name="measure" label="Measure">
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
              {withData.includes(option.value) ? "" : " (no values yet)"}
            </option>
          ))}
        </optgroup>
      ))}
    </PickerForm>
  );
}
