/**
 * Where to go after sign-in: the path asked for, only when it stays on this origin. Decided by
 * parsing it as a URL against the origin, as the browser will, not by looking at its first
 * characters: `/\\evil.example` starts with one slash, yet browsers read it as `//evil.example`.
 */
export function safeCallbackPath(callbackUrl: string | undefined, origin: string): string {
  if (!callbackUrl) return "/";
  let target: URL;
  try {
    target = new URL(callbackUrl, origin);
  } catch {
    return "/";
  }
  if (target.origin !== new URL(origin).origin) return "/";
  return `${target.pathname}${target.search}${target.hash}`;
}
