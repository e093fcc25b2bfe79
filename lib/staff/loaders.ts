import "server-only";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { listStaff } from "./data";

/** The staff page: admins only (404 for anyone else), with the admin's own id so their row can hide self-changes. */
export const loadStaffPage = cache(async () => {
  const { viewer, scope } = await requireClinicScope("staff:manage");
  return { viewerId: viewer.id, members: await listStaff(scope) };
});
