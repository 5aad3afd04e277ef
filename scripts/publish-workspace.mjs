// Unpacks a workspace file (Export workspace… on the data screen) into data/workspace/ for the build:
//   npm run publish-workspace -- khong-gian-lam-viec-2026-12-02.zip [output folder, default data/workspace]
// It checks the manifest (format, version) and every part's SHA-256 first and writes nothing if one
// fails. It writes each dataset as data/workspace/<dataset id>.csv (the long layout), settings.json as
// it is, and data/workspace/SOURCES.md naming where each file came from. The app loads a dataset only
// once it is listed in src/config/datasets.ts: the README's "Sharing a workspace" gives the steps.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

const FORMAT = 'reform-index-workspace';
const VERSION = 1;
const DATASET_ID = /^[a-z][a-z0-9_]{0,62}$/;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`publish-workspace: ${message}`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) fail('usage: npm run publish-workspace -- <workspace.zip> [output folder]');
const TARGET = path.resolve(process.argv[3] ?? path.join(ROOT, 'data', 'workspace'));

let files;
try {
  files = unzipSync(readFileSync(file));
} catch (error) {
  fail(`${file} is not a zip file (${error.message})`);
}
const manifestBytes = files['manifest.json'];
if (!manifestBytes) fail('manifest.json is missing');
const manifest = JSON.parse(strFromU8(manifestBytes));
if (manifest.format !== FORMAT) fail(`not a workspace file (format "${manifest.format}")`);
if (manifest.formatVersion > VERSION) fail(`made by a newer app (format version ${manifest.formatVersion})`);
if (!Array.isArray(manifest.parts)) fail('manifest.json has no parts');

const outputs = [];
for (const part of manifest.parts) {
  const bytes = files[part.name];
  if (!bytes) fail(`part ${part.name} is missing`);
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (hash !== part.sha256) fail(`part ${part.name} was changed or is damaged (SHA-256 does not match)`);
  if (part.kind === 'dataset') {
    if (!DATASET_ID.test(part.datasetId)) fail(`part ${part.name} has an invalid dataset id`);
    outputs.push({ name: `${part.datasetId}.csv`, bytes, part });
  } else if (part.kind === 'settings') {
    outputs.push({ name: 'settings.json', bytes, part });
  }
}

const lines = [
  '# Sources of data/workspace/',
  '',
  `Unpacked from \`${path.basename(file)}\`: a workspace file made ${manifest.createdAt} by app version`,
  `${manifest.appVersion}. Each CSV is in the long layout; list it in \`src/config/datasets.ts\` to load it.`,
  '',
  '| file | label | original file | rows | SHA-256 |',
  '| --- | --- | --- | --- | --- |',
  ...outputs.map(
    ({ name, part }) =>
      `| ${name} | ${part.label ?? 'settings'} | ${part.fileName ?? '—'} | ${part.rows} | \`${part.sha256}\` |`,
  ),
  '',
];
mkdirSync(TARGET, { recursive: true });
for (const { name, bytes } of outputs) writeFileSync(path.join(TARGET, name), bytes);
writeFileSync(path.join(TARGET, 'SOURCES.md'), lines.join('\n'));
console.log(
  `publish-workspace: wrote ${outputs.length} files and SOURCES.md to ${path.relative(ROOT, TARGET)}/`,
);
