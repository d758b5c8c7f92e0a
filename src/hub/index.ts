import type { Limits } from '../core/limits.js';
import type { FileResult, ScanReport } from '../core/types.js';
import type { Policy } from '../policy/policy.js';
import { HubClient, type HubClientOptions, hubOptionsFromEnv } from './client.js';
import { parseHubRepo, scanHubRepo } from './scan.js';

export { HubError, HubClient, hubOptionsFromEnv } from './client.js';
export { parseHubRepo, scanHubRepo, listHubFiles } from './scan.js';

export interface HubScanRequest {
  /** `org/name[@revision]`. */
  repo: string;
  env: Record<string, string | undefined>;
  policy?: Policy;
  limits?: Partial<Limits>;
  exclude?: readonly string[];
  hash?: boolean;
  onFile?: (result: FileResult) => void;
  /** Tests: retry pacing. */
  client?: HubClientOptions;
}

/** What the adapters call for `--hf` / `hf-repo`. Throws HubError (one line) on a bad name or an unreachable repository. */
export async function scanHub(request: HubScanRequest): Promise<ScanReport> {
  const target = parseHubRepo(request.repo);
  const client = new HubClient({ ...hubOptionsFromEnv(request.env), ...request.client });
  return scanHubRepo(target, {
    client,
    ...(request.policy && { policy: request.policy }),
    ...(request.limits && { limits: request.limits }),
    ...(request.exclude && { exclude: request.exclude }),
    ...(request.hash !== undefined && { hash: request.hash }),
    ...(request.onFile && { onFile: request.onFile }),
  });
}
