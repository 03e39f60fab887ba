/**
 * The `claimCoding` settings as the server sees them. VS Code hands them over
 * through `workspace/configuration`; editors without that request send them
 * as initializationOptions or in `workspace/didChangeConfiguration`.
 */
import type { EngineOptions } from '../engine/options';
import type { RuleLevel } from '../engine/options';

export interface ClaimCodingSettings {
  /** Payer profile for claims without a `payer` line; empty means none. */
  defaultPayer: string;
  /** Path of a licensed CPT descriptor CSV; empty means our own descriptions. */
  cptDescriptorFile: string;
  /** Severity per rule name, e.g. `{ "dx-unused": "off" }`. */
  rules: Record<string, RuleLevel>;
  /** Folder of CMS practitioner PTP files; empty means no NCCI pair edits. */
  ptpFolder: string;
  /** JSON payer-profile file adding to the built-in profiles; empty means none. */
  payerProfileFile: string;
  /** JSON diagnosis-support policy file; empty means the bundled policy alone. */
  supportPolicyFile: string;
  /** Folders of publishers' code-set files (other ICD-10-CM years...); ignored when untrusted. */
  codeSetFolders: string[];
  /** `inlayHints.enabled`: the short title after each code. */
  inlayHints: boolean;
}

/** Settings that name files: ignored in an untrusted workspace (package.json says so too). */
export const FILE_SETTINGS = [
  'cptDescriptorFile',
  'ptpFolder',
  'payerProfileFile',
  'supportPolicyFile',
] as const;

const LEVELS: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

export function defaultSettings(): ClaimCodingSettings {
  return {
    defaultPayer: '',
    cptDescriptorFile: '',
    rules: {},
    ptpFolder: '',
    payerProfileFile: '',
    supportPolicyFile: '',
    codeSetFolders: [],
    inlayHints: true,
  };
}

/**
 * Reads whatever a client sent into settings, keeping defaults for anything
 * missing or of the wrong type. Accepts the section itself or an object that
 * holds it under `claimCoding` (the shape Neovim and Emacs users tend to write).
 */
export function readSettings(raw: unknown): ClaimCodingSettings {
  const settings = defaultSettings();
  if (!isObject(raw)) return settings;
  const section = isObject(raw.claimCoding) ? raw.claimCoding : raw;

  if (typeof section.defaultPayer === 'string') settings.defaultPayer = section.defaultPayer.trim();
  for (const name of FILE_SETTINGS) {
    const value = section[name];
    if (typeof value === 'string') settings[name] = value.trim();
  }
  if (Array.isArray(section.codeSetFolders)) {
    settings.codeSetFolders = section.codeSetFolders
      .filter((folder): folder is string => typeof folder === 'string' && folder.trim() !== '')
      .map((folder) => folder.trim());
  }
  // `inlayHints.enabled` arrives nested from VS Code; a plain `inlayHints: false` is accepted too.
  const hints = isObject(section.inlayHints) ? section.inlayHints.enabled : section.inlayHints;
  if (typeof hints === 'boolean') settings.inlayHints = hints;
  if (isObject(section.rules)) {
    for (const [rule, level] of Object.entries(section.rules)) {
      if (typeof level === 'string' && LEVELS.includes(level)) {
        settings.rules[rule] = level as RuleLevel;
      }
    }
  }
  return settings;
}

/** The engine's view of the settings. */
export function engineOptions(settings: ClaimCodingSettings): EngineOptions {
  return {
    defaultPayer: settings.defaultPayer || undefined,
    ruleLevels: { ...settings.rules },
  };
}

export function sameSettings(a: ClaimCodingSettings, b: ClaimCodingSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
