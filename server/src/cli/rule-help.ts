/**
 * The help text of each rule, for SARIF viewers: from `docs/rules.md` when the
 * project has it, else the rule's own one-sentence description. The page may give
 * each rule a heading (`## dx-pointer`, `### \`dx-pointer\``) followed by its text,
 * or a table row whose first cell is the rule name; both are read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findDataDir } from '../engine/codesets/load';
import type { Severity } from '../engine/model';

export interface RuleHelp {
  name: string;
  severity: Severity;
  /** One sentence. */
  summary: string;
  /** The longer help, Markdown; the summary when no page says more. */
  help: string;
}

interface DescribedRule {
  name: string;
  severity: Severity;
  description: string;
}

export function ruleHelp(rules: readonly DescribedRule[], rulesPage?: string): RuleHelp[] {
  const fromPage = rulesPage
    ? readRulesPage(
        rulesPage,
        rules.map((rule) => rule.name),
      )
    : new Map();
  return rules.map((rule) => {
    const page = fromPage.get(rule.name);
    const summary = rule.description || firstSentence(page) || `The ${rule.name} rule.`;
    return { name: rule.name, severity: rule.severity, summary, help: page || summary };
  });
}

/** Each rule's section of the page, keyed by rule name. */
export function readRulesPage(markdown: string, names: readonly string[]): Map<string, string> {
  const known = new Set(names);
  const sections = new Map<string, string>();
  let current: string | undefined;
  let body: string[] = [];
  const flush = () => {
    if (current && !sections.has(current)) sections.set(current, body.join('\n').trim());
    current = undefined;
    body = [];
  };

  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    // A `#` line inside a code example is a comment of the example, not a heading.
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const name = heading[1].replace(/[`*]/g, '').trim().split(/\s/)[0];
      if (known.has(name)) current = name;
      continue;
    }
    const row = /^\|\s*`?([a-z0-9-]+)`?\s*\|(.*)\|\s*$/.exec(line);
    if (row && known.has(row[1]) && !current) {
      const cells = row[2]
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean);
      if (!sections.has(row[1])) sections.set(row[1], cells.join(' — '));
      continue;
    }
    if (current) body.push(line);
  }
  flush();
  return sections;
}

/** `docs/rules.md` beside the package's `data/` folder, when it is there. */
export function findRulesPage(dataDir: string): string | undefined {
  const path = join(dirname(dataDir), 'docs', 'rules.md');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Every rule's help, from the project's `docs/rules.md` when it ships one. */
export function projectRuleHelp(rules: readonly DescribedRule[]): RuleHelp[] {
  let page: string | undefined;
  try {
    page = findRulesPage(findDataDir());
  } catch {
    // No data folder found: the checker fails on it anyway; help falls back to descriptions.
  }
  return ruleHelp(rules, page);
}

function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const plain = text.replace(/\s+/g, ' ').trim();
  const end = plain.search(/[.!?](\s|$)/);
  return end >= 0 ? plain.slice(0, end + 1) : plain;
}
