/**
 * Where settings come from. VS Code answers `workspace/configuration` for the
 * `claimCoding` section; simpler clients send initializationOptions once and
 * perhaps the settings again in `workspace/didChangeConfiguration`.
 */
import {
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  type ClientCapabilities,
  type Connection,
  type DidChangeConfigurationParams,
} from 'vscode-languageserver/node';
import type { DiagnosticsPublisher } from './diagnostics';
import type { EngineHost } from './engine-host';
import type { ServerLog } from './log';
import { readSettings, type ClaimCodingSettings } from './settings';

export const SETTINGS_SECTION = 'claimCoding';

export class SettingsSource {
  private readonly pull: boolean;
  private readonly registerForChanges: boolean;
  private warnedAbout: string | undefined;
  private shownConfigProblems = new Set<string>();
  /** Reads run one after another, so an older answer never overwrites a newer one. */
  private reading: Promise<void> = Promise.resolve();
  /** Called once new settings are in effect, e.g. to have the client re-ask for inlay hints. */
  onApplied: (() => void) | undefined;

  constructor(
    private readonly connection: Connection,
    capabilities: ClientCapabilities,
    /** Settings from initializationOptions, the fallback for clients that cannot be asked. */
    private readonly initial: ClaimCodingSettings,
    private readonly host: EngineHost,
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly log: ServerLog,
  ) {
    this.pull = capabilities.workspace?.configuration === true;
    this.registerForChanges =
      capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  }

  /** After `initialized`: ask for changes to our section and read the settings once. */
  async start(): Promise<void> {
    if (this.registerForChanges) {
      try {
        await this.connection.client.register(DidChangeConfigurationNotification.type, {
          section: SETTINGS_SECTION,
        });
      } catch (error) {
        // Without the registration we still read the settings once, and checks still run.
        this.log.failure('registering for settings changes', error);
      }
    }
    await this.refresh(undefined);
  }

  /** `workspace/didChangeConfiguration`: re-read, and re-check open documents if it matters. */
  onDidChange(params: DidChangeConfigurationParams): void {
    void this.refresh(params.settings);
  }

  private refresh(pushed: unknown): Promise<void> {
    this.reading = this.reading.then(() => this.readAndApply(pushed));
    return this.reading;
  }

  private async readAndApply(pushed: unknown): Promise<void> {
    try {
      const settings = await this.read(pushed);
      const changed = this.host.apply(settings);
      // New code-set folders are compiled (with progress) before the next check.
      if ((await this.host.applyCodeSetFolders()) || changed) {
        this.log.info('Settings changed; checking open documents again.');
        this.diagnostics.scheduleAll();
        this.onApplied?.();
      }
      this.tellAboutDescriptorProblem();
      this.tellAboutConfigProblems();
    } catch (error) {
      this.log.failure('applying settings', error);
    }
    this.diagnostics.begin();
  }

  private async read(pushed: unknown): Promise<ClaimCodingSettings> {
    if (this.pull) {
      try {
        const [section] = await this.connection.workspace.getConfiguration([
          { section: SETTINGS_SECTION },
        ]);
        return readSettings(section);
      } catch (error) {
        this.log.failure('reading settings', error);
      }
    }
    // Clients that push settings send the whole tree; an empty push keeps the start-up values.
    if (pushed !== undefined && pushed !== null) return readSettings(pushed);
    return this.initial;
  }

  /** A bad descriptor file is shown once per distinct problem, not on every settings change. */
  private tellAboutDescriptorProblem(): void {
    const problem = this.host.descriptorProblem;
    if (!problem || problem === this.warnedAbout) return;
    this.warnedAbout = problem;
    this.show(problem);
  }

  /** The same for the other files the settings name and the default payer: each once. */
  private tellAboutConfigProblems(): void {
    const current = new Set(this.host.configProblems);
    for (const problem of current) if (!this.shownConfigProblems.has(problem)) this.show(problem);
    // A problem that went away and comes back is news again.
    this.shownConfigProblems = current;
  }

  private show(problem: string): void {
    // A notification, not a request: nothing to answer, and every client shows it.
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `Claim Coding: ${problem}`,
    });
  }
}
