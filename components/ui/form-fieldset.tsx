"use client";

import { useHydrated } from "./use-hydrated";

/**
 * A form's fields, disabled until React has hydrated the page (so nothing typed early is overwritten by
 * the form's defaults and no click is lost) and while `busy`. It owns the hydrated state itself: when it
 * flips, only this fieldset re-renders; the fields passed in as children are the same elements and
 * React skips them, where a form reading the state would render every field a second time on load.
 */
export function FormFieldset({ busy = false, className, children }: { busy?: boolean; className: string; children: React.ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated || busy} className={className}>
      {children}
    </fieldset>
  );
}
