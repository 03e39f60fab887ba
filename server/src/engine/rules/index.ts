import type { Rule } from './types';
import { syntax } from './syntax';
import { encoding } from './encoding';
import { codeFormat } from './code-format';
import { codeUnknown } from './code-unknown';
import { codeNotBillable } from './code-not-billable';
import { codeInactive } from './code-inactive';
import { npiChecksum } from './npi-checksum';
import { dxPointer } from './dx-pointer';
import { dxUnused } from './dx-unused';
import { dxDuplicate } from './dx-duplicate';
import { dxExcludes1 } from './dx-excludes1';
import { dxSupport } from './dx-support';
import { modifierNotAllowed } from './modifier-not-allowed';
import { modifierConflict } from './modifier-conflict';
import { ncciPair } from './ncci-pair';
import { addonPrimary } from './addon-primary';
import { dxManifestationFirst } from './dx-manifestation-first';
import { dxAge } from './dx-age';
import { mueExceeded } from './mue-exceeded';
import { docMissing } from './doc-missing';
import { payerRule } from './payer-rule';

/** Every rule, in the order FORMAT.md lists them. */
export const allRules: readonly Rule[] = [
  syntax,
  codeFormat,
  codeUnknown,
  codeNotBillable,
  codeInactive,
  npiChecksum,
  dxPointer,
  dxUnused,
  dxDuplicate,
  dxExcludes1,
  dxSupport,
  modifierNotAllowed,
  modifierConflict,
  ncciPair,
  addonPrimary,
  dxManifestationFirst,
  dxAge,
  mueExceeded,
  docMissing,
  payerRule,
  encoding,
];
