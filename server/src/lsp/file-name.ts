/**
 * The document's file name, as the checker is given it: a `.claim` file is read as
 * markup even when it opens with "ISA"; other names leave it to the content.
 */
export function fileNameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
