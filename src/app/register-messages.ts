import { awardsMessages } from '@/features/awards/messages';
import { briefingMessages } from '@/features/briefing/messages';
import { briefingPackMessages } from '@/features/briefing/pack-messages';
import { importUiMessages } from '@/features/data-import/messages';
import { dataScreenMessages } from '@/features/data-screen/messages';
import { lineageImportMessages } from '@/features/lineage-import/messages';
import { overviewMessages } from '@/features/overview/messages';
import { registriesMessages } from '@/features/registries/messages';
import { trendsMessages } from '@/features/trends/messages';
import { weakMessages } from '@/features/weak-components/messages';
import { workspaceMessages } from '@/features/workspace/messages';
import { importMessages } from '@/i18n/import-messages';
import { registryProblemMessages } from '@/i18n/registry-messages';
import { nestDottedKeys, registerMessages } from '@/i18n/setup';

/** Each feature brings its own namespace; problem texts come from the ingest layer (award words: setup.ts). */
export function registerAllMessages(): void {
  registerMessages('import', {
    vi: { ...importUiMessages.vi, issue: nestDottedKeys(importMessages.vi) },
    en: { ...importUiMessages.en, issue: nestDottedKeys(importMessages.en) },
  });
  registerMessages('registry', registryProblemMessages);
  registerMessages('registries', registriesMessages);
  registerMessages('briefing', briefingMessages);
  registerMessages('briefingPack', briefingPackMessages);
  registerMessages('dataScreen', dataScreenMessages);
  registerMessages('lineageImport', lineageImportMessages);
  registerMessages('overview', overviewMessages);
  registerMessages('trends', trendsMessages);
  registerMessages('weak', weakMessages);
  registerMessages('workspace', workspaceMessages);
  registerMessages('awards', awardsMessages);
}
