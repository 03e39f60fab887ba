/** A throw-away folder holding a copy of the example claims, for an editor to open. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './tools';

export interface Workspace {
  /** The temporary folder; everything the test makes lives under it. */
  dir: string;
  /** The folder the editor opens: a copy of examples/ plus any files the test adds. */
  folder: string;
  path(name: string): string;
  read(name: string): string;
  write(name: string, text: string): void;
  remove(): void;
}

export function makeWorkspace(prefix: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), `claim-e2e-${prefix}-`));
  const folder = join(dir, 'claims');
  cpSync(join(ROOT, 'examples'), folder, { recursive: true });
  return {
    dir,
    folder,
    path: (name) => join(folder, name),
    read: (name) => readFileSync(join(folder, name), 'utf8'),
    write: (name, text) => writeFileSync(join(folder, name), text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** 1-based line and column of the first occurrence of `text` in `source`. */
export function positionOf(source: string, text: string): { line: number; column: number } {
  const index = source.indexOf(text);
  if (index < 0) throw new Error(`"${text}" is not in the file`);
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
