// The one error this package throws for bad input, with a stable code the API maps to a problem response.

/** Why a file was refused: over a limit (413), not a readable spreadsheet (400), or a workbook without a worksheet (400). */
export type SheetErrorCode = 'sheet.tooLarge' | 'sheet.unreadable' | 'sheet.noSheet';

/** Which limit a `sheet.tooLarge` error hit; `max` in `params` says its value. */
export type SheetLimitName = 'bytes' | 'uncompressedBytes' | 'rows' | 'columns' | 'cellCharacters';

export class SheetError extends Error {
  override readonly name = 'SheetError';

  constructor(
    readonly code: SheetErrorCode,
    /** `{ limit, max }` for `sheet.tooLarge`; a short English `reason` for the logs otherwise. */
    readonly params: Readonly<Record<string, string | number>> = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

export const isSheetError = (error: unknown): error is SheetError => error instanceof SheetError;

export const tooLarge = (limit: SheetLimitName, max: number): SheetError =>
  new SheetError('sheet.tooLarge', { limit, max });

export const unreadable = (reason: string, cause?: unknown): SheetError =>
  new SheetError('sheet.unreadable', { reason }, cause === undefined ? undefined : { cause });
