/**
 * Every error this library throws on bad input is a {@link SecuritizationError}: it carries a
 * stable `code` a program can branch on, and names the place that is wrong (field, document,
 * pattern, file and line) in `details` as well as in the message.
 */

/** Stable machine-readable error codes. */
export type SecuritizationErrorCode =
  | 'INVALID_FIELD'
  | 'INVALID_DOCUMENT'
  | 'UNSUPPORTED_LANGUAGE'
  | 'INVALID_PATTERN'
  | 'INVALID_OPTION'
  | 'INVALID_FILE'
  | 'INVALID_SPEC';

/** Where a problem was found; every key is optional and only the relevant ones are set. */
export interface ErrorDetails {
  /** Dotted path of the invalid field in plain data, e.g. `moves.0.speechActs.1`. */
  readonly field?: string;
  /** Document id. */
  readonly docId?: string;
  /** The offending pattern or term, verbatim. */
  readonly pattern?: string;
  /** Name of the offending option. */
  readonly option?: string;
  /** File path. */
  readonly file?: string;
  /** 1-based line number in `file`. */
  readonly line?: number;
  /** 0-based byte or character offset, as the message says. */
  readonly offset?: number;
}

/**
 * Base class of all errors thrown by `securitization`.
 *
 * @example
 * ```ts
 * try { parsePattern('') } catch (e) {
 *   if (e instanceof SecuritizationError && e.code === 'INVALID_PATTERN') console.error(e.message);
 * }
 * ```
 */
export class SecuritizationError extends Error {
  readonly code: SecuritizationErrorCode;
  readonly details: ErrorDetails;

  constructor(code: SecuritizationErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** Plain data failed validation; `details.field` names the first bad field. */
export class ValidationError extends SecuritizationError {
  /** Every problem found, each with its field path. */
  readonly issues: readonly { readonly field: string; readonly message: string }[];

  constructor(
    what: string,
    issues: readonly { readonly field: string; readonly message: string }[],
  ) {
    const first = issues[0] ?? { field: '', message: 'invalid value' };
    const where = first.field === '' ? '' : ` at field "${first.field}"`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : '';
    super('INVALID_FIELD', `Invalid ${what}${where}: ${first.message}${more}`, { field: first.field });
    this.issues = issues;
  }
}

/** A document cannot be analysed (empty, no letters, bad id). */
export class DocumentError extends SecuritizationError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('INVALID_DOCUMENT', message, details);
  }
}

/** The document's language is neither English nor Chinese, or could not be detected. */
export class LanguageError extends SecuritizationError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('UNSUPPORTED_LANGUAGE', message, details);
  }
}

/** A search term or pattern is empty or malformed. */
export class PatternError extends SecuritizationError {
  constructor(pattern: string, reason: string) {
    super('INVALID_PATTERN', `Invalid pattern ${JSON.stringify(pattern)}: ${reason}`, { pattern });
  }
}

/** An option has a value outside its domain. */
export class OptionError extends SecuritizationError {
  constructor(option: string, reason: string) {
    super('INVALID_OPTION', `Invalid option "${option}": ${reason}`, { option });
  }
}

/** A file (corpus text, manifest, dictionary, sidecar) cannot be read or parsed. */
export class FileError extends SecuritizationError {
  constructor(file: string, reason: string, details: Omit<ErrorDetails, 'file'> = {}) {
    const where = details.line === undefined ? file : `${file}:${details.line}`;
    super('INVALID_FILE', `${where}: ${reason}`, { ...details, file });
  }
}
