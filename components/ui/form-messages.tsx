"use client";

import { useEffect, useRef } from "react";
import { Alert } from "./alert";

/**
 * A form's error and its success notice, in one box that takes focus when either appears. The submit
 * button disables itself while saving, which drops keyboard focus on the page body; a form that stays
 * on its page after saving (the program editor, the template form) puts focus where the news is.
 */
export function FormMessages({ error, notice }: { error?: string | null; notice?: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error || notice) box.current?.focus();
  }, [error, notice]);
  if (!error && !notice) return null;
  return (
    <div ref={box} tabIndex={-1} className="space-y-2 rounded-md">
      {error && <Alert tone="error">{error}</Alert>}
      {notice && <Alert tone="info">{notice}</Alert>}
    </div>
  );
}
