/**
 * A string cut from a claim file, copied out of it. V8 keeps a cut of 13
 * characters or more as a view into the text it was cut from, so a kept cut would
 * keep that whole version of the file: an editor's caches, or the lines an edit
 * replaced, would hold every version typed. The join makes a new string that the
 * second cut copies (flattens) before cutting it, so the copy holds only its own
 * characters.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/** `ownCopy` of a key, when it is added to a cache that outlives the file (not on look-up). */
export function cacheKey(text: string): string {
  return ownCopy(text);
}
