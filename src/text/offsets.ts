/**
 * Maps positions in a normalized string back to the original string.
 *
 * Normalization mostly keeps lengths (ASCII lower-casing, full-width to half-width, traditional
 * to simplified Chinese), so the map stores runs, not one entry per character: a 1 MB English
 * document usually needs a single run. Where a cluster of the original (a base character with its
 * combining marks, a ligature, a surrogate pair) becomes a string of another length, every
 * normalized character of it maps to the whole cluster.
 */
export class OffsetMap {
  /** Normalized start of each segment (ascending). */
  private readonly normStarts: number[] = [];
  /** Original start of each segment. */
  private readonly origStarts: number[] = [];
  /** 0 for a 1:1 run; otherwise the original width of a cluster that all its characters map to. */
  private readonly clusterWidths: number[] = [];
  private normLength = 0;
  private origEndOfLast = 0;
  private lastIsRun = false;

  /** Appends `length` characters that map one to one onto the original from `origStart`. */
  appendRun(origStart: number, length: number): void {
    if (length === 0) return;
    if (!(this.lastIsRun && this.origEndOfLast === origStart)) {
      this.push(origStart, 0);
      this.lastIsRun = true;
    }
    this.normLength += length;
    this.origEndOfLast = origStart + length;
  }

  /** Appends `normLength` characters that all stand for the original cluster [origStart, origEnd). */
  appendCluster(origStart: number, origEnd: number, normLength: number): void {
    if (normLength === 0) return;
    this.push(origStart, origEnd - origStart);
    this.lastIsRun = false;
    this.normLength += normLength;
    this.origEndOfLast = origEnd;
  }

  private push(origStart: number, width: number): void {
    this.normStarts.push(this.normLength);
    this.origStarts.push(origStart);
    this.clusterWidths.push(width);
  }

  /** Original offset where normalized character `i` begins. */
  start(i: number): number {
    const k = this.segmentOf(i);
    const width = this.clusterWidths[k]!;
    return width === 0 ? this.origStarts[k]! + (i - this.normStarts[k]!) : this.origStarts[k]!;
  }

  /** Original offset just after normalized character `i`. */
  end(i: number): number {
    const k = this.segmentOf(i);
    const width = this.clusterWidths[k]!;
    return width === 0 ? this.origStarts[k]! + (i - this.normStarts[k]!) + 1 : this.origStarts[k]! + width;
  }

  /** Original span of the normalized span [start, end) (end exclusive, end > start). */
  span(start: number, end: number): [number, number] {
    return [this.start(start), this.end(end - 1)];
  }

  private segmentOf(i: number): number {
    let lo = 0;
    let hi = this.normStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.normStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
