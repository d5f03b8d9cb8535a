/**
 * The system error code of a failed file operation (ENOENT, EACCES …), for messages.
 *
 * @example
 * ```ts
 * await readFile('missing.txt').catch(errorCode); // 'ENOENT'
 * ```
 */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
}
