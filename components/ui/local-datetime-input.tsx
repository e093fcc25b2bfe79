"use client";

import type { ComponentProps } from "react";
import { fromLocalInputValue, toLocalInputValue } from "./local-datetime";
import { useHydrated } from "./use-hydrated";

type LocalDateTimeInputProps = Omit<ComponentProps<"input">, "type" | "value" | "onChange"> & {
  /** An ISO instant. */
  value: string | undefined;
  onChange: (iso: string) => void;
};

/**
 * An instant edited as a datetime-local field in the browser's zone. Empty in the server render, which
 * does not know that zone; it owns the hydrated state, so only this field renders again after hydration.
 */
export function LocalDateTimeInput({ value, onChange, ...props }: LocalDateTimeInputProps) {
  const hydrated = useHydrated();
  return <input {...props} type="datetime-local" value={hydrated ? toLocalInputValue(value) : ""} onChange={(event) => onChange(fromLocalInputValue(event.target.value))} />;
}
