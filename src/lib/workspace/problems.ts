import type { RuleFileError } from '@/domain/awards/validate-rule-set';
import type { RegistryProblem } from '@/domain/registries/validate-registry';
import type { ImportIssue } from '@/ingest/types';

/**
 * Why a workspace file is refused. `part` names the file inside the zip; a dataset part carries the
 * import's own issues (line and column). `detail` is machine text, shown only behind the details line.
 */
export type WorkspaceProblem =
  | { readonly code: 'not-zip' | 'too-large'; readonly detail: string }
  | { readonly code: 'no-manifest' }
  | { readonly code: 'bad-manifest'; readonly field: string; readonly detail?: string }
  | { readonly code: 'wrong-format'; readonly value: string }
  | { readonly code: 'newer-version'; readonly value: number }
  | { readonly code: 'missing-part' | 'unexpected-part'; readonly part: string }
  | { readonly code: 'hash-mismatch'; readonly part: string; readonly detail: string }
  | { readonly code: 'row-count'; readonly part: string; readonly expected: number; readonly found: number }
  | { readonly code: 'bad-settings'; readonly part: string; readonly field: string; readonly detail?: string }
  | {
      readonly code: 'registry';
      readonly part: string;
      /** The stored key of the registry (advising map or block map) inside the part. */
      readonly key: string;
      readonly problems: readonly RegistryProblem[];
    }
  | {
      readonly code: 'rule-set';
      readonly part: string;
      /** The name of the rule-set file the user had opened, as kept inside the part. */
      readonly file: string;
      readonly errors: readonly RuleFileError[];
    }
  | {
      readonly code: 'dataset';
      readonly part: string;
      readonly issues: readonly ImportIssue[];
      readonly issueCount: number;
    };
