import { EmptyState } from "@/components/ui/empty-state";

/** A tab whose capability has not arrived yet says so plainly instead of looking broken. */
export function TabPlaceholder({ heading, message }: { heading: string; message: string }) {
  return (
    <section aria-labelledby="tab-heading" className="space-y-3">
      <h2 id="tab-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      <EmptyState title="Nothing yet">{message}</EmptyState>
    </section>
  );
}
