import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

/** Biome's diagnostics for one file's text (Biome reports on files, not on standard input). */
function biomeLint(code: string): string {
  const file = path.join(__dirname, `probe-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, code);
  try {
    const run = spawnSync('npx', ['biome', 'lint', file], { cwd: ROOT, encoding: 'utf8' });
    return `${run.stdout}${run.stderr}`;
  } finally {
    rmSync(file);
  }
}

const FLOATING = `export async function save(): Promise<number> {
  return 1;
}
export function onClick(): void {
  save();
}
`;

describe('promise rules (Biome, type-aware)', () => {
  it('fails a promise nobody awaits, and passes the same code once it is handled', () => {
    expect(biomeLint(FLOATING)).toContain('noFloatingPromises');
    expect(biomeLint(FLOATING.replace('  save();', '  void save();'))).not.toContain('noFloatingPromises');
  });

  it('fails a promise handed where a plain callback is expected', () => {
    const misused = `export function wire(button: HTMLButtonElement): void {
  button.addEventListener('click', async () => {
    await Promise.resolve();
  });
  [1, 2].forEach(async (n) => {
    await Promise.resolve(n);
  });
}
`;
    expect(biomeLint(misused)).toContain('noMisusedPromises');
  });
});
