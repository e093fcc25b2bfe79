import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The library's pictograms and the clinic exercises' one: small SVG files under public/exercises. */
const PICTOGRAM = /^\/exercises\/[a-z0-9-]+\.svg$/;
const inlined = new Map<string, string | null>();

/**
 * A pictogram's drawing as SVG markup to put inside the page, for the one a phone paints first (the
 * plan's first card): it needs no request and paints with the text around it. The file's own name for
 * it (`role`, `<title>`) is taken out, as the element holding it names it. Each file is under 1 kB.
 * Null for anything that is not a pictogram, or cannot be read: the caller shows it as an image.
 */
export function inlineIllustration(src: string): string | null {
  if (!PICTOGRAM.test(src)) return null;
  if (!inlined.has(src)) {
    try {
      const svg = readFileSync(path.join(process.cwd(), "public", src), "utf8");
      inlined.set(src, svg.replace(/\s+role="img"/, ' aria-hidden="true" focusable="false"').replace(/<title>[^<]*<\/title>/, ""));
    } catch {
      inlined.set(src, null);
    }
  }
  return inlined.get(src)!;
}
