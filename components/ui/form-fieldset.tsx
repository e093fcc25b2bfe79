"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

/**
 * A form's fields, disabled until React has hydrated the page (so nothing typed early is overwritten by
 * the form's defaults and no click is lost) and while `busy`.
 *
 * The server renders the fieldset disabled and React never touches that attribute again (the prop is
 * always true): the effects below set the DOM property, and enabling runs in a microtask, from a short
 * call stack instead of inside React's commit. Enabling a fieldset changes :disabled on every control in
 * it; a performance trace (Lighthouse's, DevTools') records each of those style invalidations with its
 * JavaScript stack, and inside the commit that stack is 200 frames deep. On the cramp form (53 controls,
 * about 190 invalidations) that took 130–175 ms of one task on the 2-core test machine, 500–700 ms of
 * Lighthouse's simulated blocking time; from the microtask, a few milliseconds.
 */
export function FormFieldset({ busy = false, className, children }: { busy?: boolean; className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLFieldSetElement>(null);

  // Busy: disabled in the same commit as the render that asked for it, before the next click.
  useLayoutEffect(() => {
    if (busy && ref.current) ref.current.disabled = true;
  }, [busy]);

  useEffect(() => {
    const fieldset = ref.current;
    if (busy || !fieldset) return;
    let current = true;
    queueMicrotask(() => {
      if (current) fieldset.disabled = false;
    });
    return () => {
      current = false;
    };
  }, [busy]);

  return (
    <fieldset ref={ref} disabled className={className}>
      {children}
    </fieldset>
  );
}
