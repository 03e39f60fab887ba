/** Binary search over sorted keys, shared by the code sets and the word index. */

/** First index whose key is not below `key`. */
export function lowerBound(sorted: string[], key: string): number {
  return lowerBoundBy(sorted.length, (i) => sorted[i], key);
}

/** The same over `0..length`, reading keys through `keyAt`. */
export function lowerBoundBy(length: number, keyAt: (i: number) => string, key: string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Codes of at most `width` characters stored end to end, padded with spaces,
 * in one string: no string per code stays alive, and comparisons read
 * characters in place.
 */
export class CodeColumn {
  readonly size: number;

  constructor(
    readonly text: string,
    readonly width: number,
  ) {
    this.size = text.length / width;
  }

  static from(codes: string[], width: number): CodeColumn {
    return new CodeColumn(codes.map((c) => c.padEnd(width, ' ')).join(''), width);
  }

  at(i: number): string {
    const start = i * this.width;
    let end = start + this.width;
    while (end > start && this.text.charCodeAt(end - 1) === 32) end--;
    return this.text.slice(start, end);
  }

  /** Negative, zero or positive as the i-th code sorts before, equal to or after `key`. */
  compare(i: number, key: string): number {
    const start = i * this.width;
    for (let k = 0; k < this.width; k++) {
      const a = this.text.charCodeAt(start + k);
      const b = k < key.length ? key.charCodeAt(k) : 32;
      if (a !== b) return a === 32 ? -1 : b === 32 ? 1 : a - b;
      if (a === 32) return 0;
    }
    return key.length > this.width ? -1 : 0;
  }

  startsWith(i: number, prefix: string): boolean {
    if (prefix.length > this.width) return false;
    return this.text.startsWith(prefix, i * this.width);
  }

  /** First position in `order` (or in the column itself) whose code is not below `key`. */
  lowerBound(key: string, order?: Uint32Array): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(order ? order[mid] : mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
