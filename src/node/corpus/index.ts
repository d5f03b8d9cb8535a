// Public API of the Node corpus loader.
export { readCorpus, type Corpus } from './readCorpus.js';
export { streamCorpus, type CorpusItem } from './streamCorpus.js';
export { listCorpusFiles, type CorpusFile, type CorpusListing } from './listCorpusFiles.js';
export { readDocvars } from './readDocvars.js';
export { parseDocvars, KNOWN_DOCVARS, type DocvarsRow } from './parseDocvars.js';
export { htmlToText } from './htmlToText.js';
export { pdfToText } from './pdfToText.js';
export { corpusFormat, CORPUS_EXTENSIONS, type CorpusFormat } from './corpusFormat.js';
export { DEFAULT_EXCLUDE, type CorpusOptions, type CorpusIds } from './options.js';
