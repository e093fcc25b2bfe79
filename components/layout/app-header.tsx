import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Viewer } from "@/lib/core/auth/session";

const roleLabels = { ADMIN: "Admin", CLINICIAN: "Clinician", PATIENT: "Patient" } as const;

/** The layouts' <main> carries this id, so the skip link lets a keyboard user pass the header in one key. */
export const MAIN_CONTENT_ID = "main-content";

export function AppHeader({ viewer, nav }: { viewer: Viewer; nav: { href: string; label: string }[] }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to main content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-6">
          <Link href="/" className="text-lg font-semibold text-brand-800">
            Rehabit
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="inline-block py-2 text-slate-700 hover:text-slate-950">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-slate-700">
            {viewer.name} <span className="text-slate-600">· {roleLabels[viewer.role]}</span>
          </span>
          <Link href={viewer.role === "PATIENT" ? "/portal/account" : "/account"} className="inline-block py-2 font-medium text-brand-700 underline-offset-2 hover:underline">
            Account
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
