import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The library's pictograms and the clinic exercises' one: small SVG files under public/exercises. */
const PICTOGRAM = /^\/exercises\/[a-z0-9-]+\.svg$/;
const inlined = new Map<string, string>();

/**
 * A pictogram as a data: URL, for the one image a phone paints first (the plan's first card): its
 * largest paint then waits for no request of its own. Each file is under 1 kB. Anything that is not a
 * pictogram, or cannot be read, stays a plain path.
 */
export function inlineIllustration(src: string): string {
  if (!PICTOGRAM.test(src)) return src;
  let url = inlined.get(src);
  if (url === undefined) {
    try {
      url = `data:image/svg+xml,${encodeURIComponent(readFileSync(path.join(process.cwd(), "public", src), "utf8"))}`;
    } catch {
      url = src;
    }
    inlined.set(src, url);
  }
  return url;
}
