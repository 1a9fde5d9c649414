// How many items a page of a list holds: the paging arguments (src/schema/pageArgs.ts) state and bound them, the data
// layer's page windows (src/data/paging.ts) apply the default.
export const defaultPageSize = 20;
export const maxPageSize = 100;
