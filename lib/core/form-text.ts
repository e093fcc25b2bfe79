/**
 * Form fields arrive as the text typed ("" = not set, as zod's form schemas keep them); the database
 * stores numbers, or null where nothing was set. One conversion for every mutation, view and seed.
 */
export const numberOrNull = (text: string | undefined): number | null => (text === undefined || text === "" ? null : Number(text));
