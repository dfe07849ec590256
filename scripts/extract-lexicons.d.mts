/** The lexicons as scripts/extract-lexicons.mjs extracts them from their packages. */
export function extract(): Promise<{ vader: unknown; hedges: unknown; demonyms: unknown; firstNames: unknown; actors: unknown; organisations: unknown; places: unknown; pastTenses: unknown }>;
