/**
 * A string cut from a claim file, made fit to keep as a key of a cache that
 * outlives the file. V8 keeps a cut of 13 characters or more as a view into the
 * text it was cut from, so a kept cut would keep that whole version of the file:
 * an editor's caches would hold every version typed. The join makes a new string
 * that the second cut copies (flattens) before cutting it, so the key holds only
 * its own characters. Called when a key is added, not when one is looked up.
 */
export function cacheKey(text: string): string {
  return (' ' + text).slice(1);
}
