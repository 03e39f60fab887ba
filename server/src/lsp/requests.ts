/**
 * Custom requests the server answers beyond LSP. Plain constants so the
 * VS Code client can import them without pulling in the server.
 */

/** Returns the engine's `CodeSetVersions`: which release of each code set is loaded. */
export const CODE_SET_VERSIONS_REQUEST = 'claimCoding/codeSetVersions';
