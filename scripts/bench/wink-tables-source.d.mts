/** The source text of src/text/winkTables.ts, computed from wink-nlp and its English model. */
export function winkTablesSource(winkNLP: unknown, model: unknown, version: string): string;
