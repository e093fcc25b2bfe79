/**
 * A tiny bar chart that is a list first: every row says its value in words, and the bar beside it is
 * decoration hidden from screen readers, outlined so it reads without colour.
 */
export type Bar = { key: string; label: string; valueText: string; fraction: number | null };

export function BarList({ label, bars }: { label: string; bars: readonly Bar[] }) {
  return (
    <ul aria-label={label} className="space-y-3">
      {bars.map((bar) => (
        <li key={bar.key} className="space-y-1">
          <p className="flex flex-wrap justify-between gap-x-3">
            <span>{bar.label}</span>
            <span className="font-medium">{bar.valueText}</span>
          </p>
          <div aria-hidden="true" className="h-3 w-full overflow-hidden rounded-sm border border-slate-500 bg-white">
            {bar.fraction !== null && (
              <div className="h-full bg-brand-700" style={{ width: `${Math.round(Math.min(1, Math.max(0, bar.fraction)) * 100)}%` }} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
