import { useCallback } from 'react';
import type { WideAnswer } from '@/ingest/types';
import { useWriteQueue } from '@/queries/write-queue/context';
import type { WriteEntry } from '@/queries/write-queue/state';

export type { WriteEntry };

/**
 * The import side of the app's write queue: each picked or dropped file becomes its own entry, run
 * after every earlier one, with its own Cancel and its own report.
 */
export function useImportQueue() {
  const { queue, state } = useWriteQueue();
  const importFiles = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) queue.enqueue({ kind: 'import', file });
    },
    [queue],
  );
  /** A wide table's report gives way to the same file, queued again with the user's answer. */
  const convertWide = useCallback(
    (entry: WriteEntry, wide: WideAnswer) => {
      if (entry.job.kind !== 'import') return;
      queue.dismiss(entry.id);
      queue.enqueue({ kind: 'import', file: entry.job.file, wide });
    },
    [queue],
  );
  return {
    entries: state.entries,
    importFiles,
    convertWide,
    cancel: queue.cancel,
    dismiss: queue.dismiss,
  };
}
