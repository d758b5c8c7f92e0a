// Placeholder: the pickle allowlist / denylist data lands here.
export interface PicklePolicy {
  readonly placeholder?: true;
}
export const DEFAULT_PICKLE_POLICY: PicklePolicy = {};
