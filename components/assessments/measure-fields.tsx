"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { inputClasses } from "@/components/ui/field";
import type { MeasureCode } from "@/lib/assessments/catalogue";
import type { MeasureDefinition } from "@/lib/assessments/catalogue-types";
import { MMT_GRADES } from "@/lib/assessments/mmt-grades";
import type { AssessmentFormValues } from "@/lib/assessments/schema";

type Props = {
  measure: MeasureDefinition;
  register: UseFormRegister<AssessmentFormValues>;
  errors: FieldErrors<AssessmentFormValues>;
};

type InputKey = "left" | "right" | "value";

const compact = `${inputClasses} max-w-32`;

function rangeHint(measure: MeasureDefinition): string {
  if (measure.kind === "grade") return "Oxford grade 0–5";
  if (measure.kind === "yesNo") return "";
  const unit = measure.unit.symbol === "°" ? "°" : /^[a-z]/i.test(measure.unit.symbol) ? ` ${measure.unit.symbol}` : "";
  return `${measure.range.min} to ${measure.range.max}${unit}`;
}

/**
 * How to read the number and when it counts as impaired, next to the inputs: an AKE entered as the
 * extension achieved instead of the flexion remaining would otherwise be flagged as a deficit.
 */
function measureHelp(measure: MeasureDefinition): string {
  return [measure.angleConvention, measure.impairmentRule && `Impaired: ${measure.impairmentRule}`].filter(Boolean).join(". ");
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/** One value input: a text box for numbers (so a typo is reported, not dropped), a list for grades and yes/no. */
function ValueInput({ measure, register, errors, field, label }: Props & { field: InputKey; label: string }) {
  const code = measure.code as MeasureCode;
  const id = `${code}-${field}`;
  const message = errors.measures?.[code]?.[field]?.message;
  const described = [measureHelp(measure) && `${code}-help`, message && `${id}-error`].filter(Boolean).join(" ");
  const control = { id, "aria-invalid": Boolean(message), "aria-describedby": described || undefined };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
        <span className="sr-only"> {measure.abbreviation}</span>
      </label>
      {measure.kind === "quantity" ? (
        <div className="flex items-center gap-1">
          <input
            {...control}
            {...register(`measures.${code}.${field}`)}
            type="text"
            inputMode={measure.range.min < 0 ? "text" : "decimal"}
            autoComplete="off"
            className={compact}
          />
          <span className="text-sm text-slate-600">{measure.unit.symbol}</span>
        </div>
      ) : (
        <select {...control} {...register(`measures.${code}.${field}`)} className={compact}>
          <option value="">{measure.kind === "grade" ? "Not tested" : "Not recorded"}</option>
          {measure.kind === "grade"
            ? MMT_GRADES.map((grade, index) => (
                <option key={grade} value={String(index)}>
                  {grade}
                </option>
              ))
            : [
                <option key="1" value="1">
                  Yes
                </option>,
                <option key="0" value="0">
                  No
                </option>,
              ]}
        </select>
      )}
      <ErrorText id={`${id}-error`} message={message} />
    </div>
  );
}

function OptionSelect({ measure, register, errors, field, label, options }: Props & { field: "method" | "choice"; label: string; options: readonly { value: string; label: string }[] }) {
  const code = measure.code as MeasureCode;
  const id = `${code}-${field}`;
  const message = errors.measures?.[code]?.[field]?.message;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
        <span className="sr-only"> for {measure.abbreviation}</span>
      </label>
      <select id={id} {...register(`measures.${code}.${field}`)} aria-invalid={Boolean(message)} className={`${inputClasses} max-w-56`}>
        {field === "choice" && <option value="">Not recorded</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorText id={`${id}-error`} message={message} />
    </div>
  );
}

const PAIN_ON_TESTING_OPTIONS = [
  { value: "", label: "Not tested" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** Yes, no, or not tested: an unanswered question is never read as "no pain" (the phase gates need to know). */
function SideFlag({ measure, register, errors, field, side }: Props & { field: "flagLeft" | "flagRight"; side: "Left" | "Right" }) {
  const code = measure.code as MeasureCode;
  const id = `${code}-${field}`;
  const label = measure.sideFlag?.label ?? "";
  const message = errors.measures?.[code]?.[field]?.message;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
        {side}
        <span className="sr-only"> {measure.abbreviation}</span>: {label.toLowerCase()}
      </label>
      <select
        id={id}
        {...register(`measures.${code}.${field}`)}
        aria-invalid={Boolean(message)}
        aria-describedby={message ? `${id}-error` : undefined}
        className={`${inputClasses} max-w-36`}
      >
        {PAIN_ON_TESTING_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorText id={`${id}-error`} message={message} />
    </div>
  );
}

/** All inputs of one measure: sides (or one value, or one per context), method and extras. */
export function MeasureFields(props: Props) {
  const { measure, register, errors } = props;
  const hint = rangeHint(measure);
  return (
    <fieldset className="border-t border-slate-200 py-4 first:border-t-0">
      <legend className="float-left mb-2 w-full">
        <span className="font-medium text-slate-900">{measure.label}</span>
        <span className="ml-2 text-sm text-slate-600">{[measure.measures, hint].filter(Boolean).join(" · ")}</span>
      </legend>
      {measureHelp(measure) && (
        <p id={`${measure.code}-help`} className="clear-both mb-2 text-sm text-slate-700">
          {measureHelp(measure)}.
        </p>
      )}
      <div className="clear-both flex flex-wrap items-start gap-4">
        {measure.bilateral && (
          <>
            <ValueInput {...props} field="left" label="Left" />
            <ValueInput {...props} field="right" label="Right" />
          </>
        )}
        {!measure.bilateral && !measure.contexts && <ValueInput {...props} field="value" label="Value" />}
        {measure.contexts?.map((context) => {
          const code = measure.code as MeasureCode;
          const id = `${code}-${context.value}`;
          const message = errors.measures?.[code]?.contexts?.[context.value]?.message;
          return (
            <div key={context.value}>
              <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
                {context.label}
              </label>
              <input
                id={id}
                {...register(`measures.${code}.contexts.${context.value}`)}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={Boolean(message)}
                aria-describedby={message ? `${id}-error` : undefined}
                className={`${inputClasses} max-w-24`}
              />
              <ErrorText id={`${id}-error`} message={message} />
            </div>
          );
        })}
        {measure.methods.length > 1 && <OptionSelect {...props} field="method" label="Method" options={measure.methods} />}
        {measure.choice && <OptionSelect {...props} field="choice" label={measure.choice.label} options={measure.choice.options} />}
        {measure.sideFlag && (
          <div className="flex flex-wrap gap-4">
            <SideFlag {...props} field="flagLeft" side="Left" />
            <SideFlag {...props} field="flagRight" side="Right" />
          </div>
        )}
      </div>
    </fieldset>
  );
}
