/**
 * One entry point for the checker and the server: read the files a user names
 * (PTP folder, payer-profile file, support-policy file) into engine options.
 * A file with problems leaves the defaults in force for what it could not give.
 */
import type { EngineOptions } from '../engine/options';
import { loadPayerProfileFile } from './payers';
import { loadPtpFolder } from './ptp';
import { loadSupportPolicyFile } from './support-policy';

export interface UserEditPaths {
  /** Folder of CMS practitioner PTP files (`--ptp DIR`). */
  ptpDir?: string;
  /** JSON payer-profile file. */
  payerProfileFile?: string;
  /** JSON diagnosis-support policy file. */
  supportPolicyFile?: string;
}

export interface UserEdits {
  /** Options to spread over the defaults: `{ ...defaultOptions(), ...options }`. */
  options: Pick<EngineOptions, 'ptpEdits' | 'payerProfiles' | 'supportPolicy'>;
  /** One sentence per problem, each naming its file. */
  problems: string[];
}

export function loadUserEdits(paths: UserEditPaths): UserEdits {
  const options: UserEdits['options'] = {};
  const problems: string[] = [];

  if (paths.ptpDir) {
    const ptp = loadPtpFolder(paths.ptpDir);
    options.ptpEdits = ptp.table;
    problems.push(...ptp.problems);
  }
  if (paths.payerProfileFile) {
    const payers = loadPayerProfileFile(paths.payerProfileFile);
    if (Object.keys(payers.profiles).length > 0) options.payerProfiles = payers.profiles;
    problems.push(...payers.problems);
  }
  if (paths.supportPolicyFile) {
    const policy = loadSupportPolicyFile(paths.supportPolicyFile);
    if (Object.keys(policy.policy).length > 0) options.supportPolicy = policy;
    problems.push(...policy.problems);
  }
  return { options, problems };
}
