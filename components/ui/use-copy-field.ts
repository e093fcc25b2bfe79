"use client";

import { useRef, useState } from "react";

export type CopyStatus = "idle" | "copied" | "failed";

/**
 * Copy for a secret shown once in a read-only field (a one-time link, a new API key): the clipboard
 * where the browser allows it, else the field's text selected for copying by hand.
 */
export function useCopyField(text: string) {
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<CopyStatus>("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      field.current?.select();
      setStatus("failed");
    }
  }
  return { field, status, copy };
}
