/**
 * A chart's legend as text with a small drawing of each mark, so it reads without colour: lines
 * differ in dash, markers in shape.
 */
export type LegendMark = "line" | "dashed-line" | "dotted-line" | "bar" | "band" | "circle" | "square" | "diamond" | "triangle" | "star";
export type LegendItem = { label: string; mark: LegendMark; color: string; dash?: string };

function Mark({ mark, color, dash }: Omit<LegendItem, "label">) {
  switch (mark) {
    case "line":
    case "dashed-line":
    case "dotted-line":
      return (
        <line
          x1="1"
          y1="7"
          x2="23"
          y2="7"
          stroke={color}
          strokeWidth="2.5"
          strokeDasharray={dash ?? (mark === "dashed-line" ? "6 3" : mark === "dotted-line" ? "2 3" : undefined)}
        />
      );
    case "bar":
      return <rect x="6" y="1" width="12" height="12" fill={color} />;
    case "band":
      return <rect x="1" y="2" width="22" height="10" fill={color} stroke="#64748b" strokeWidth="0.5" />;
    case "circle":
      return <circle cx="12" cy="7" r="5" fill={color} />;
    case "square":
      return <rect x="7" y="2" width="10" height="10" fill={color} />;
    case "diamond":
      return <path d="M12 1 L18 7 L12 13 L6 7 Z" fill={color} />;
    case "triangle":
      return <path d="M12 1 L18 13 L6 13 Z" fill={color} />;
    case "star":
      return <path d="M12 0.5 L14 5.5 L19.5 5.8 L15.2 9.2 L16.7 14 L12 11.2 L7.3 14 L8.8 9.2 L4.5 5.8 L10 5.5 Z" fill={color} />;
  }
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <svg aria-hidden="true" width="24" height="14" viewBox="0 0 24 14" className="shrink-0">
            <Mark mark={item.mark} color={item.color} dash={item.dash} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
