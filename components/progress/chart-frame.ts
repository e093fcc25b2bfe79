import type { ChartAxis } from "@/lib/progress/range";

/**
 * What every progress chart shares, so the charts stack with their time axes aligned: the same
 * margins and axis widths, the same x domain (whole Monday weeks, in ms since the epoch) and ticks.
 */
const DAY_MS = 86_400_000;

export const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** Middle of the Monday–Sunday week starting on `weekStart`, where its bar and weekly means sit. */
export const midWeekMs = (weekStart: string) => dayMs(weekStart) + 3.5 * DAY_MS;
export const WEEK_MS = 7 * DAY_MS;

/** Left and right axes always take the same room, used or not, so the plot areas line up. */
export const AXIS_WIDTH = 56;
export const CHART_MARGIN = { top: 8, right: 8, bottom: 8, left: 8 };
export const CHART_HEIGHT = 240;
export const LEFS_CHART_HEIGHT = 200;
export const TIMELINE_CHART_HEIGHT = 170;

const tickFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const fullFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
export const formatTick = (ms: number) => tickFormat.format(new Date(ms));
export const formatFullDate = (ms: number) => fullFormat.format(new Date(ms));
export const formatWeekOf = (ms: number) => `Week of ${fullFormat.format(new Date(ms - 3.5 * DAY_MS))}`;

export function xAxisProps(axis: ChartAxis) {
  return {
    type: "number" as const,
    dataKey: "x",
    domain: [dayMs(axis.start), dayMs(axis.end)] as [number, number],
    ticks: axis.ticks.map(dayMs),
    tickFormatter: formatTick,
    allowDataOverflow: true,
    height: 44,
    label: { value: "Date (weeks start on Monday)", position: "insideBottom" as const, offset: 0, fontSize: 12, fill: "#334155" },
    tick: { fontSize: 12, fill: "#334155" },
  };
}

export const yAxisLabel = (value: string, side: "left" | "right" = "left") => ({
  value,
  angle: side === "left" ? -90 : 90,
  position: side === "left" ? ("insideLeft" as const) : ("insideRight" as const),
  style: { textAnchor: "middle" as const },
  fontSize: 12,
  fill: "#334155",
});

export const TICK_STYLE = { fontSize: 12, fill: "#334155" };

/** Line and marker colours with at least 3:1 contrast on white; every series also differs in dash or shape. */
export const COLORS = {
  left: "#115e59",
  right: "#b45309",
  lines: ["#115e59", "#b45309", "#6d28d9", "#be123c", "#1d4ed8", "#4d7c0f", "#a21caf", "#0e7490"],
  threshold: "#b91c1c",
  thresholdFill: "#fecaca",
  bars: "#64748b",
  marker: "#0f172a",
  mcidFill: "#ccfbf1",
} as const;

export const DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4", "12 3 3 3"] as const;

/** Left is solid teal with filled dots, right dashed amber with hollow dots; other lines cycle colours and dashes. */
export function lineStyle(key: string, index: number) {
  if (key === "LEFT") return { color: COLORS.left, dash: "", dot: "filled" as const };
  if (key === "RIGHT") return { color: COLORS.right, dash: "6 3", dot: "hollow" as const };
  return { color: COLORS.lines[index % COLORS.lines.length]!, dash: DASHES[index % DASHES.length]!, dot: "filled" as const };
}

/** Phase band fills, as the phase badges colour them; each band also carries its phase's name. */
export const PHASE_FILLS = { ACUTE: "#fee2e2", SUBACUTE: "#fef3c7", PREVENTION: "#ccfbf1" } as const;

/** One fill per cramp context, alternating dark and mid tones so neighbours in a stack stay apart. */
export const CRAMP_FILLS = {
  NIGHT_SLEEP: "#1e3a8a",
  REST_SITTING: "#6d28d9",
  REST_LYING_AWAKE: "#0e7490",
  DURING_EXERCISE: "#b45309",
  POST_EXERCISE: "#be123c",
  OTHER: "#475569",
} as const;
