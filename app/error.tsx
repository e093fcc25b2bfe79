"use client";

import { Button } from "@/components/ui/button";

/** Unexpected failures: a plain message and a retry, never the error's own text. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">Nothing you saved earlier was lost. Try again, and if it keeps happening, tell your clinic.</p>
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </main>
  );
}
