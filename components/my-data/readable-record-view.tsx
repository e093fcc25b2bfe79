import type { ReadableSection, ReadableTable } from "@/lib/fhir/readable-record";

function RecordTable({ table }: { table: ReadableTable }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 print:overflow-visible print:border-0">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-medium text-slate-800">{table.caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index} className="border-t border-slate-100 align-top">
              {row.map((cell, column) => (
                <td key={column} className="px-3 py-1.5">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The record in words, section by section, as the patient reads, prints or saves it. */
export function ReadableRecordView({ sections }: { sections: readonly ReadableSection[] }) {
  return (
    <div className="space-y-8">
      {sections.map((section) => (
        <section key={section.heading} aria-label={section.heading} className="space-y-3 break-inside-avoid-page">
          <h2 className="text-lg font-semibold">{section.heading}</h2>
          {section.tables.length === 0 ? (
            <p className="text-slate-600">{section.empty}</p>
          ) : (
            section.tables.map((table) => <RecordTable key={table.caption} table={table} />)
          )}
        </section>
      ))}
    </div>
  );
}
