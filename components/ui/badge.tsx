const tones = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  positive: "bg-brand-50 text-brand-800 ring-brand-600/40",
  muted: "bg-amber-50 text-amber-900 ring-amber-600/40",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}
