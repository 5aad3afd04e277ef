import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { changeScores, database } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { type ImportStage, importCsv } from '@/ingest/import-csv';
import { prepareInWorker } from '@/ingest/prepare-in-worker';
import type { ImportResult } from '@/ingest/types';
import { persistImport } from '@/lib/persisted-imports';

export type { ImportStage };

export interface ImportRequest {
  readonly file: File;
  readonly wide?: { index: IndexCode; year: number; unitLevel: string };
}

export type ImportOutcome =
  | {
      readonly fileName: string;
      readonly cancelled?: false;
      readonly result: ImportResult;
      readonly persisted: boolean;
    }
  | { readonly fileName: string; readonly cancelled: true };

function newDatasetId(): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `imp_${Date.now().toString(36)}_${random}`;
}

/**
 * One import: read, check and commit in one step; on success keep the file for the next visit.
 * The File itself travels to the prepare worker and into IndexedDB: the page never holds its bytes,
 * so a 100 MB file costs the main thread no long task. `cancel()` stops it before anything commits.
 */
export function useImportFile() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ stage: ImportStage; fraction: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ file, wide }: ImportRequest): Promise<ImportOutcome> => {
      const abort = new AbortController();
      controller.current = abort;
      setProgress({ stage: 'reading', fraction: 0 });
      const engine = await database();
      const datasetId = newDatasetId();
      let result: ImportResult;
      try {
        // Derived tables wait while the file loads; once it is in, they are rebuilt behind the message.
        result = await changeScores(
          () =>
            importCsv(
              engine,
              { fileName: file.name, file },
              {
                datasetId,
                label: file.name,
                wide,
                prepare: prepareInWorker,
                signal: abort.signal,
                onProgress: (stage, fraction) => setProgress({ stage, fraction }),
              },
            ),
          (outcome) => outcome.ok,
        );
      } catch (error) {
        if (abort.signal.aborted) return { fileName: file.name, cancelled: true };
        throw error;
      }
      let persisted = false;
      if (result.ok) {
        persisted = await persistImport({
          id: datasetId,
          fileName: file.name,
          file,
          addedAt: new Date().toISOString(),
          wide,
        });
        performance.mark('import:persisted');
        // The rows are committed: report now. Charts catch up behind it (analytic queries wait for the
        // refresh they need), instead of holding the message back for seconds.
        void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'database' });
        performance.mark('app:import-done');
      }
      return { fileName: file.name, result, persisted };
    },
    onSettled: () => {
      controller.current = null;
      setProgress(null);
    },
  });
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...mutation, progress, cancel };
}
