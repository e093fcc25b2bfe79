import type { TextTableDTO } from "@/lib/core/text-table";

/**
 * A real table with a caption: a chart's numbers (the accessible alternative to its drawing), or a
 * section of the patient's printable record. On a phone a wide table scrolls inside its own focusable
 * region (named by the caption), never the page.
 */
export function CaptionedTable({ id, table }: { id: string; table: TextTableDTO }) {
  return (
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="overflow-x-auto rounded-md border border-slate-200 print:overflow-visible">
      <table className="w-full text-left text-sm">
        <caption id={`${id}-caption`} className="px-3 py-2 text-left text-sm font-medium text-slate-800">
          {table.caption}
        </caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
                    {cell}
                  </th>
                ) : (
                  <td key={column} className="px-3 py-2">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
