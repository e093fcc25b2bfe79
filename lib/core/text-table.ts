/**
 * A table of text cells under a caption, the first cell of each row heading it: a chart's numbers
 * (lib/progress/tables.ts) or a section of the patient's printable record (lib/fhir/readable-record.ts),
 * drawn by components/ui/captioned-table.tsx.
 */
export type TextTableDTO = { caption: string; columns: string[]; rows: string[][] };
