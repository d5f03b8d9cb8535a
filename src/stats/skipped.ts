/** A document left out of a result or put into the `null` group, and why: nothing is dropped silently. */
export interface SkippedDocument {
  readonly docId: string;
  readonly reason: string;
}
