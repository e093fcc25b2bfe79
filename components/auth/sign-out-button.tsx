import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/core/auth/actions";

/** A form, not a click handler, so signing out works even before the page has hydrated. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="ghost">
        Sign out
      </Button>
    </form>
  );
}
