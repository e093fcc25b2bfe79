import type { ReactNode } from "react";

/** An announced message: errors interrupt (role=alert), notices wait their turn (role=status). */
export function Alert({ tone = "error", children }: { tone?: "error" | "info"; children: ReactNode }) {
  const classes = tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-brand-600/40 bg-brand-50 text-brand-800";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${classes}`}>
      {children}
    </div>
  );
}
