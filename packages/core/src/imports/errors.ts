// Import failures that carry a list of rejected rows, for the problem response to show.
import { DomainError } from '../shared/errors.ts';
import type { RowRejection } from './types.ts';

/**
 * `import.invalidHeader`: the header row does not fit the template (nothing was read further).
 * `import.rejected`: an all-or-nothing import found rows that fail; nothing was written.
 */
export class ImportRejectedError extends DomainError {
  constructor(
    code: 'import.invalidHeader' | 'import.rejected',
    readonly rejected: readonly RowRejection[],
  ) {
    super(code, { count: new Set(rejected.map((rejection) => rejection.row)).size });
  }
}

export const isImportRejected = (error: unknown): error is ImportRejectedError =>
  error instanceof ImportRejectedError;
