"use client";

import { useXAxisScale } from "recharts";

type WeekBarProps = { y?: number; height?: number; fill?: string; payload?: { weekStart?: number } };

/**
 * A bar exactly one Monday–Sunday week wide on the shared time axis. Recharts sizes bars on a numeric
 * axis from the gaps between data points, which comes out too wide with only a few weeks; drawing
 * the rectangle from the axis scale keeps bars honest about the days they count.
 */
export function WeekBar({ y = 0, height = 0, fill, payload }: WeekBarProps) {
  const scale = useXAxisScale();
  if (!scale || payload?.weekStart === undefined || height <= 0) return null;
  const left = scale(payload.weekStart);
  const right = scale(payload.weekStart + 7 * 86_400_000);
  if (left === undefined || right === undefined) return null;
  const gap = Math.min(6, (right - left) * 0.15);
  return <rect x={left + gap} y={y} width={Math.max(1, right - left - 2 * gap)} height={height} fill={fill} stroke="#ffffff" strokeWidth={1} />;
}
