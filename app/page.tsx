import { redirect } from "next/navigation";
import { getViewer } from "@/lib/core/auth/session";
import { homePathFor } from "@/lib/core/auth/permissions";

export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer ? homePathFor(viewer.role) : "/login");
}
