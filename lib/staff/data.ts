import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { STAFF_ROLES } from "./staff-rules";
import type { StaffMemberDTO } from "./types";

/** The caller's clinic's staff (admins and clinicians, never patients), by name. */
export async function listStaff(scope: ClinicScope): Promise<StaffMemberDTO[]> {
  const users = await db.user.findMany({
    where: { clinicId: scope.clinicId, role: { in: [...STAFF_ROLES] } },
    select: { id: true, name: true, email: true, role: true, status: true, lastSignInAt: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return users.map((user) => ({
    ...user,
    // The where clause admits staff roles only; the cast narrows Prisma's wider Role type to match.
    role: user.role as StaffMemberDTO["role"],
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  }));
}
