// The reminder e-mail's one-click unsubscribe and the unsubscribe page's button (lib/mail/unsubscribe-route.ts).
export { unsubscribeGet as GET, unsubscribePost as POST } from "@/lib/mail/unsubscribe-route";
