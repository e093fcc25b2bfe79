import { CaptionedTable } from "@/components/ui/captioned-table";
import type { ReadableSection } from "@/lib/fhir/readable-record";

/** The record in words, section by section, as the patient reads, prints or saves it. */
export function ReadableRecordView({ sections }: { sections: readonly ReadableSection[] }) {
  return (
    <div className="space-y-8">
      {sections.map((section, sectionIndex) => (
        <section key={section.heading} aria-label={section.heading} className="space-y-3">
          <h2 className="text-lg font-semibold">{section.heading}</h2>
          {section.tables.length === 0 ? (
            <p className="text-slate-600">{section.empty}</p>
          ) : (
            section.tables.map((table, tableIndex) => <CaptionedTable key={tableIndex} id={`record-${sectionIndex}-${tableIndex}`} table={table} />)
          )}
        </section>
      ))}
    </div>
  );
}
