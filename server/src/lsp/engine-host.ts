/**
 * Owns the engine the adapters share and keeps it in step with the settings:
 * rule levels and the default payer, and the licensed CPT descriptor file,
 * which needs fresh code sets when it changes (descriptors cannot be unloaded).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { defaultCodeSets, loadCodeSets } from '../engine/codesets/load';
import type { CodeSets } from '../engine/codesets/types';
import { ClaimEngine } from '../engine/index';
import type { FolderLoader } from './code-set-folders';
import { defaultPayerProblem } from '../config/default-payer';
import { loadEditFiles } from '../config/edit-files';
import type { UserEdits } from '../config/user-edits';
import type { EngineOptions } from '../engine/options';
import { elapsed, type ServerLog } from './log';
import {
  defaultSettings,
  engineOptions,
  FILE_SETTINGS,
  type ClaimCodingSettings,
} from './settings';

/** How the default-payer problem starts, to replace it when the settings change. */
const PAYER_PROBLEM = 'No payer profile is named';

export class EngineHost {
  engine: ClaimEngine;
  settings: ClaimCodingSettings = defaultSettings();
  /** A problem with the descriptor file the coder should hear about, once per change. */
  descriptorProblem: string | undefined;
  /** Problems with the other files the settings name, and with the default payer. */
  configProblems: string[] = [];
  /** What the PTP folder, payer-profile and policy files gave; empty when none is set. */
  private userEdits: UserEdits['options'] = {};

  constructor(
    private readonly log: ServerLog,
    /** Folder that relative file settings are read from. */
    private readonly workspaceRoot: string | undefined,
    /** In an untrusted workspace, settings that name files are ignored. */
    private readonly trusted: boolean,
    /** Reads `codeSetFolders` (with progress in the editor); none means they are ignored. */
    private readonly loadFolders?: FolderLoader,
    /** Told when new code sets are in use, after `applyCodeSetFolders`. */
    private readonly codeSetsChanged?: (codeSets: CodeSets) => void,
  ) {
    this.engine = new ClaimEngine(defaultCodeSets(), engineOptions(this.settings));
  }

  /** Takes new settings; returns true when diagnostics may have changed. */
  apply(settings: ClaimCodingSettings): boolean {
    const previous = this.settings;
    if (!this.trusted) {
      const ignored = FILE_SETTINGS.filter((name) => settings[name]);
      if (ignored.length) {
        this.log.warn(`Untrusted workspace: the ${ignored.join(', ')} settings are ignored.`);
        settings = { ...settings, ...Object.fromEntries(ignored.map((name) => [name, ''])) };
      }
    }
    this.settings = settings;
    const filesChanged = FILE_SETTINGS.some(
      (name) => name !== 'cptDescriptorFile' && settings[name] !== previous[name],
    );
    if (filesChanged) this.loadUserEdits(settings);

    if (settings.cptDescriptorFile !== previous.cptDescriptorFile) {
      const codeSets = previous.cptDescriptorFile ? loadCodeSets() : this.engine.codeSets;
      this.descriptorProblem = this.loadDescriptors(codeSets, settings.cptDescriptorFile);
      this.engine = new ClaimEngine(codeSets, this.options(settings));
    } else {
      this.engine.options = this.options(settings);
    }
    return JSON.stringify(previous) !== JSON.stringify(settings);
  }

  /**
   * Puts the files of `codeSetFolders` in use when the folders (or the descriptor file,
   * which is loaded onto the procedures they may replace) changed since the last call.
   * Returns true when the code sets changed. Calls run one at a time (SettingsSource).
   */
  async applyCodeSetFolders(): Promise<boolean> {
    const settings = this.settings;
    const folders = this.trusted && this.loadFolders ? settings.codeSetFolders : [];
    const key = JSON.stringify([folders, settings.cptDescriptorFile]);
    const previous = this.codeSetKey;
    this.codeSetKey = key;
    const hadFolders = this.foldersInUse;
    this.foldersInUse = folders.length > 0;
    if (key !== previous && !this.trusted && settings.codeSetFolders.length > 0) {
      this.log.warn('Untrusted workspace: the codeSetFolders setting is ignored.');
    }
    // Without folders now or before, apply() has already set up the code sets.
    if (key === previous || (!hadFolders && folders.length === 0)) return false;

    // Fresh code sets: the shared ones may carry licensed descriptors from before.
    let codeSets = loadCodeSets();
    if (folders.length > 0 && this.loadFolders) {
      const paths = folders.map((folder) => this.path(folder) ?? folder);
      codeSets = await this.loadFolders(paths, codeSets);
    }
    if (settings.cptDescriptorFile) {
      this.descriptorProblem = this.loadDescriptors(codeSets, settings.cptDescriptorFile);
    }
    this.engine = new ClaimEngine(codeSets, this.options(settings));
    this.codeSetsChanged?.(codeSets);
    return true;
  }

  /** Folders and descriptor file the code sets in use were made with. */
  private codeSetKey: string | undefined;
  private foldersInUse = false;

  /** The settings and the user's files as engine options; an unknown default payer is dropped. */
  private options(settings: ClaimCodingSettings): EngineOptions {
    const options = { ...engineOptions(settings), ...this.userEdits };
    const payerProblem = defaultPayerProblem(options.defaultPayer, options.payerProfiles);
    this.configProblems = this.configProblems.filter((p) => !p.startsWith(PAYER_PROBLEM));
    if (!payerProblem) return options;
    this.log.warn('The default payer names no payer profile; it is ignored.');
    this.configProblems.push(payerProblem);
    return { ...options, defaultPayer: undefined };
  }

  /** Reads the PTP folder, payer-profile and policy files; a bad one leaves the defaults. */
  private loadUserEdits(settings: ClaimCodingSettings): void {
    const start = performance.now();
    const { options, problems } = loadEditFiles({
      ptpDir: this.path(settings.ptpFolder),
      payerProfileFile: this.path(settings.payerProfileFile),
      supportPolicyFile: this.path(settings.supportPolicyFile),
    });
    this.userEdits = options;
    this.configProblems = problems;
    // Counts only: the problems name files, which can carry a patient's name.
    this.log.info(`Read the user's edit files in ${elapsed(start)}: ${problems.length} problems.`);
  }

  private path(file: string): string | undefined {
    if (!file) return undefined;
    return isAbsolute(file) || !this.workspaceRoot ? file : resolve(this.workspaceRoot, file);
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
