/**
 * Owns the engine the adapters share and keeps it in step with the settings:
 * rule levels and the default payer, and the licensed CPT descriptor file,
 * which needs fresh code sets when it changes (descriptors cannot be unloaded).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { defaultCodeSets, loadCodeSets } from '../engine/codesets/load';
import { ClaimEngine } from '../engine/index';
import type { ServerLog } from './log';
import { defaultSettings, engineOptions, type ClaimCodingSettings } from './settings';

export class EngineHost {
  engine: ClaimEngine;
  settings: ClaimCodingSettings = defaultSettings();
  /** A problem with the descriptor file the coder should hear about, once per change. */
  descriptorProblem: string | undefined;

  constructor(
    private readonly log: ServerLog,
    /** Folder that relative file settings are read from. */
    private readonly workspaceRoot: string | undefined,
    /** In an untrusted workspace, settings that name files are ignored. */
    private readonly trusted: boolean,
  ) {
    this.engine = new ClaimEngine(defaultCodeSets(), engineOptions(this.settings));
  }

  /** Takes new settings; returns true when diagnostics may have changed. */
  apply(settings: ClaimCodingSettings): boolean {
    const previous = this.settings;
    if (!this.trusted && settings.cptDescriptorFile) {
      this.log.warn('Untrusted workspace: the cptDescriptorFile setting is ignored.');
      settings = { ...settings, cptDescriptorFile: '' };
    }
    this.settings = settings;

    if (settings.cptDescriptorFile !== previous.cptDescriptorFile) {
      const codeSets = previous.cptDescriptorFile ? loadCodeSets() : this.engine.codeSets;
      this.descriptorProblem = this.loadDescriptors(codeSets, settings.cptDescriptorFile);
      this.engine = new ClaimEngine(codeSets, engineOptions(settings));
    } else {
      this.engine.options = engineOptions(settings);
    }
    return JSON.stringify(previous) !== JSON.stringify(settings);
  }

  private loadDescriptors(
    codeSets: ClaimEngine['codeSets'],
    file: string,
  ): string | undefined {
    if (!file) return undefined;
    const path = isAbsolute(file) || !this.workspaceRoot ? file : resolve(this.workspaceRoot, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'read error';
      const problem = `Cannot read the licensed CPT descriptor file ${path} (${code}); ` +
        'using the built-in descriptions.';
      this.log.warn(problem);
      return problem;
    }
    const problem = codeSets.procedures.loadLicensedDescriptors(text, path);
    if (problem) {
      this.log.warn(problem);
      return problem;
    }
    this.log.info('Loaded the licensed CPT descriptor file.');
    return undefined;
  }
}
