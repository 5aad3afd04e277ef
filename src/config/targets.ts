import type { Target } from '@/domain/targets/targets';
import { validateTargetFile } from '@/domain/targets/validate-targets';

// Bundled at build time: targets are data the province edits, not code (data/targets/README.md).
const FILES = import.meta.glob('../../data/targets/*.json', { eager: true, import: 'default' });

function load(): { targets: readonly Target[]; problems: readonly string[] } {
  const targets: Target[] = [];
  const problems: string[] = [];
  for (const [path, json] of Object.entries(FILES)) {
    const result = validateTargetFile(json, path.split('/').at(-1) ?? path);
    targets.push(...result.targets);
    problems.push(...result.problems);
  }
  return { targets, problems };
}

export const BUNDLED_TARGETS = load();
