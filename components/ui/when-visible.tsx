"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children once the box comes within `margin` of the viewport, and keeps them after. Until
 * then an empty box of the children's height holds their place, so nothing below jumps.
 */
export function WhenVisible({ height, margin = "300px", children }: { height: number; margin?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, margin]);
  return seen ? children : <div ref={box} style={{ height }} aria-hidden="true" />;
}
