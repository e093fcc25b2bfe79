/** Runs once when a server starts: refuse to serve with missing or weak configuration. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToStartWhenMisconfigured } = await import("@/lib/core/env");
  refuseToStartWhenMisconfigured();
}
