const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a value for HTML text and quoted attribute values: `& < > " '` become entities;
 * `null` and `undefined` become the empty string. Every piece of document text and metadata in a
 * report goes through this function.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * escapeHtml('"><img src=x>');             // '&quot;&gt;&lt;img src=x&gt;'
 * ```
 */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/gu, (char) => ESCAPES[char]!);
}
