import Form from "next/form";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { ProgressParams } from "@/lib/progress/schema";

/**
 * A GET form that changes one URL parameter and keeps the others: works without JavaScript, and with
 * it navigates in place. The choice applies on "Show", not on change, so moving through the options
 * with the keyboard never reloads the page (WCAG 3.2.2).
 */
export function PickerForm({
  basePath,
  params,
  name,
  label,
  children,
}: {
  basePath: string;
  params: ProgressParams;
  name: keyof ProgressParams;
  label: string;
  children: ReactNode;
}) {
  const kept = (Object.entries(params) as [keyof ProgressParams, string | null][]).filter(([key, value]) => key !== name && value !== null);
  const id = `progress-${name}`;
  return (
    <Form action={basePath} scroll={false} className="flex flex-wrap items-end gap-2">
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value ?? ""} />
      ))}
      <div className="min-w-0 flex-1 sm:max-w-md">
        <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
          {label}
        </label>
        <select id={id} name={name} defaultValue={params[name] ?? ""} className={inputClasses}>
          {children}
        </select>
      </div>
      <button type="submit" className={buttonClasses("secondary", "min-h-11")}>
        Show
      </button>
    </Form>
  );
}
