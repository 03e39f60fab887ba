/**
 * Readers of the publishers' own file formats: pure functions from file text
 * to records, shared by `npm run data` and by a user's folder of newer files.
 */
export * from './csv';
export * from './icd10cm-order';
export * from './icd10cm-addenda';
export * from './tabular-notes';
export * from './tabular-xml';
export * from './mce';
export * from './nucc';
export * from './hcpcs-modifiers';
export * from './ncci';
export * from './pfs';
export * from './pos';
