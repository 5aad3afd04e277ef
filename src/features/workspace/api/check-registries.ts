import type { SqlConnection } from '@/db/engine';
import { checkRows } from '@/db/rows';
import { CATALOGUE, indexDef } from '@/domain/catalogue';
import { REGISTRY_KINDS, type RegistryKind, type RegistryRows } from '@/domain/registries/registry-types';
import { numberedRows, type RegistryKnown, validateRegistry } from '@/domain/registries/validate-registry';
import { SETTINGS_NAME, type WorkspaceSettings } from '@/lib/workspace/format';
import type { WorkspaceProblem } from '@/lib/workspace/problems';
import { parseStoredRegistry, REGISTRY_STORAGE_KEYS } from '@/queries/registries/registry-store';
import { buildParComponentCodes } from '@/sql/registry-known';
import { selectKnownUnitCodes } from '@/sql/workspace';

async function read<TRow>(connection: SqlConnection, query: Parameters<typeof checkRows<TRow>>[0]) {
  return checkRows(query, await connection.query(query.text, query.params));
}

/** What the workspace's registries may name: the units and PAR components of the data about to be committed. */
async function knownInTransaction(connection: SqlConnection): Promise<RegistryKnown> {
  const units = await read(connection, selectKnownUnitCodes());
  const components = await read(connection, buildParComponentCodes());
  const catalogue = indexDef('PAR').components.map((component) => component.code);
  return {
    units: new Set(units.map((unit) => unit.unit_code)),
    components: new Set(
      [...catalogue, ...components.map((row) => row.component_code)].filter((c) => c !== 'TOTAL'),
    ),
    levels: new Set(CATALOGUE.levels),
  };
}

function cellsOf(rows: RegistryRows[RegistryKind]): string[][] {
  return rows.map((row) =>
    'year' in row ? [String(row.year), row.component, row.unitCode] : [row.target, row.code, row.block],
  );
}

/**
 * The advising map and block map a workspace carries (in settings.json) pass the same checks as on
 * the data screen, against the data of the same workspace, before anything is committed: a bad row is
 * named by part, table, row and column, and the whole file is refused.
 */
export async function checkWorkspaceRegistries(
  connection: SqlConnection,
  settings: WorkspaceSettings,
): Promise<WorkspaceProblem | null> {
  let known: RegistryKnown | null = null;
  for (const kind of REGISTRY_KINDS) {
    const key = REGISTRY_STORAGE_KEYS[kind];
    const raw = settings.localStorage[key];
    if (raw === undefined) continue;
    const stored = parseStoredRegistry(kind, raw);
    if (!stored) return { code: 'bad-settings', part: SETTINGS_NAME, field: `localStorage.${key}` };
    known ??= await knownInTransaction(connection);
    const checked = validateRegistry(kind, numberedRows(cellsOf(stored.rows)), known);
    if (!checked.ok) return { code: 'registry', part: SETTINGS_NAME, key, problems: checked.problems };
  }
  return null;
}
