import type { Metadata } from "next";
import { StaffManager } from "@/components/staff/staff-manager";
import { loadStaffPage } from "@/lib/staff/loaders";

export const metadata: Metadata = { title: "Staff" };

/** Admins only: the clinic's clinicians and admins, and inviting, changing and deactivating them. */
export default async function StaffPage() {
  const { viewerId, members } = await loadStaffPage();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Staff</h1>
        <p className="text-sm text-slate-700">
          Who can sign in to this clinic. A role change or a deactivation signs the person out everywhere at once. The clinic always keeps at
          least one active admin.
        </p>
      </div>
      <StaffManager members={members} viewerId={viewerId} />
    </div>
  );
}
