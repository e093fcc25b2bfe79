import { requireClinicScope } from "@/lib/core/auth/session";

/**
 * Admins only. Checked here, above the page's loading state, so anyone else gets a real HTTP 404
 * before anything streams; the page's loader checks again for its own data.
 */
export default async function ActivityLayout({ children }: { children: React.ReactNode }) {
  await requireClinicScope("audit:read");
  return children;
}
