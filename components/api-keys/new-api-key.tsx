"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useCopyField } from "@/components/ui/use-copy-field";
import { inputClasses } from "@/components/ui/field";
import type { NewApiKeyDTO } from "@/lib/api-keys/types";

/**
 * A key just created, shown once: only its hash is stored, so this is the only time anyone sees the
 * token. It takes focus when it appears. Copy puts it on the clipboard; where the browser refuses,
 * the token stays selected in a read-only field for copying by hand.
 */
export function NewApiKey({ apiKey, onDone }: { apiKey: NewApiKeyDTO; onDone: () => void }) {
  const region = useRef<HTMLElement>(null);
  const { field, status: copyStatus, copy } = useCopyField(apiKey.token);
  useEffect(() => {
    region.current?.focus();
  }, [apiKey]);

  return (
    <section ref={region} tabIndex={-1} aria-label="New API key" className="space-y-2 rounded-md border border-brand-600/40 bg-brand-50 p-3 text-sm outline-none">
      <p className="font-medium text-slate-900">API key “{apiKey.name}” created</p>
      <label htmlFor="new-api-key-token" className="block text-slate-800">
        Key (copy it now: you will not see it again)
      </label>
      <input
        ref={field}
        id="new-api-key-token"
        readOnly
        value={apiKey.token}
        onFocus={(event) => event.currentTarget.select()}
        className={`${inputClasses} font-mono text-xs`}
      />
      <p className="text-slate-700">
        Only a fingerprint of the key is stored, so nobody can show it again. Send it as <code>Authorization: Bearer …</code>. If it is lost, revoke
        it and create another.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={copy}>Copy key</Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
        <span aria-live="polite" className="text-slate-800">
          {copyStatus === "copied" && "✓ Copied"}
          {copyStatus === "failed" && "Could not copy: the key is selected, copy it with Ctrl+C or ⌘C."}
        </span>
      </div>
    </section>
  );
}
