/** Limits the contracts declare and the handlers word; here so runtime code reads them without loading the schemas. */
export const SEARCH_QUERY_MAX_LENGTH = 100
