// Stands in for the "server-only" marker under Vitest, which does not run as a React Server Component.
export {};
