import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { database, refreshDerived } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { importCsv } from '@/ingest/import-csv';
import { prepareInWorker } from '@/ingest/prepare-in-worker';
import type { ImportResult } from '@/ingest/types';
import { persistImport } from '@/lib/persisted-imports';

export interface ImportRequest {
  readonly file: File;
  readonly wide?: { index: IndexCode; year: number; unitLevel: string };
}

export interface ImportOutcome {
  readonly fileName: string;
  readonly result: ImportResult;
  readonly persisted: boolean;
}

export type ImportStage = 'reading' | 'checking' | 'saving';

function newDatasetId(): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `imp_${Date.now().toString(36)}_${random}`;
}

/** One import: read, check and commit in one step; on success keep the file for the next visit. */
export function useImportFile() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ stage: ImportStage; fraction: number } | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ file, wide }: ImportRequest): Promise<ImportOutcome> => {
      setProgress({ stage: 'reading', fraction: 0 });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const engine = await database();
      const datasetId = newDatasetId();
      const result = await importCsv(
        engine,
        { fileName: file.name, bytes: bytes.slice() },
        {
          datasetId,
          label: file.name,
          wide,
          prepare: prepareInWorker,
          onProgress: (stage, fraction) => setProgress({ stage, fraction }),
        },
      );
      let persisted = false;
      if (result.ok) {
        await refreshDerived();
        persisted = await persistImport({
          id: datasetId,
          fileName: file.name,
          bytes,
          addedAt: new Date().toISOString(),
          wide,
        });
        await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'database' });
        performance.mark('app:import-done');
      }
      return { fileName: file.name, result, persisted };
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
