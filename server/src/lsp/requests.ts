/**
 * Custom requests the server answers beyond LSP. Plain constants so the
 * VS Code client can import them without pulling in the server.
 */

/** Returns the engine's `CodeSetVersions`: which release of each code set is loaded. */
export const CODE_SET_VERSIONS_REQUEST = 'claimCoding/codeSetVersions';

/**
 * `{ uri }` of an open 837P document → the same claims written as markup (opaque ids
 * only), or null when the document is not an 837P interchange.
 */
export const TO_MARKUP_REQUEST = 'claimCoding/toMarkup';
