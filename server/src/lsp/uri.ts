/** `file:` URIs to paths, for settings that name files relative to the workspace. */
import { fileURLToPath } from 'node:url';

export const URI = {
  toFilePath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
};
