/**
 * The checker's results as a SARIF 2.1.0 log, for code-scanning viewers and CI
 * dashboards: one run of the `claim-check` driver, every rule with its help text,
 * one result per diagnostic. Columns count UTF-16 code units, as the engine does.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../engine/model';
import type { ReportedDiagnostic } from './report';
import type { RuleHelp } from './rule-help';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Relative paths are resolved against this base, which a viewer maps to the checkout. */
const SOURCE_ROOT = '%SRCROOT%';

export interface SarifOptions {
  toolVersion: string;
  rules: readonly RuleHelp[];
  /** The files checked, also those without findings, so a viewer lists them all. */
  files: readonly string[];
  /** The folder relative paths start from; the process's working folder by default. */
  workingDirectory?: string;
}

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

export function formatSarif(
  reported: readonly ReportedDiagnostic[],
  options: SarifOptions,
): string {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.name, index]));
  const artifacts = [...new Set([...options.files, ...reported.map((d) => d.file)])];
  const artifactIndex = new Map(artifacts.map((file, index) => [file, index]));
  const cwd = options.workingDirectory ?? process.cwd();

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claim-check',
            fullName: 'Claim Coding checker',
            version: options.toolVersion,
            rules: options.rules.map((rule) => ({
              id: rule.name,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.summary },
              help: { text: rule.help, markdown: rule.help },
              defaultConfiguration: { level: LEVELS[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { uri: directoryUri(cwd) },
        },
        artifacts: artifacts.map((file) => ({ location: artifactLocation(file) })),
        columnKind: 'utf16CodeUnits',
        results: reported.map((diagnostic) => {
          const index = ruleIndex.get(diagnostic.rule);
          return {
            ruleId: diagnostic.rule,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: LEVELS[diagnostic.severity],
            message: { text: diagnostic.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {
                    ...artifactLocation(diagnostic.file),
                    index: artifactIndex.get(diagnostic.file),
                  },
                  region: {
                    startLine: diagnostic.line,
                    startColumn: diagnostic.column,
                    endLine: diagnostic.endLine,
                    endColumn: diagnostic.endColumn,
                  },
                },
              },
            ],
          };
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/** A relative path stays relative to the source root; an absolute one becomes a file URI. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const segments = file.split(sep === '\\' ? /[\\/]/ : '/');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function directoryUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}
