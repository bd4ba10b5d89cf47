// Finds the parts of an xlsx package to read: the workbook (from the package relationships), its first
// worksheet (in tab order, visible ones first), and the shared string table.
import { SheetError, unreadable } from '../errors.ts';
import { attributesOf, scanXml } from './xml.ts';

export interface SheetParts {
  readonly sheetPath: string;
  readonly sharedStringsPath: string | undefined;
}

interface Relationship {
  readonly type: string;
  readonly path: string;
}

/** `readText(path)` gives a part's text, or undefined when the package has no such part. */
export function locateSheetParts(readText: (path: string) => string | undefined): SheetParts {
  const packageRels = relationships(readText('_rels/.rels') ?? '', '');
  const workbookPath =
    [...packageRels.values()].find((rel) => rel.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
  const workbook = readText(workbookPath);
  if (workbook === undefined) throw unreadable('no workbook part');
  const slash = workbookPath.lastIndexOf('/') + 1;
  const folder = workbookPath.slice(0, slash);
  const workbookRels = relationships(
    readText(`${folder}_rels/${workbookPath.slice(slash)}.rels`) ?? '',
    folder,
  );

  const worksheets: { path: string; hidden: boolean }[] = [];
  scanXml(workbook, {
    open(name, raw) {
      if (name !== 'sheet') return;
      const attributes = attributesOf(raw);
      const rel = workbookRels.get(attributes.id ?? '');
      if (rel?.type.endsWith('/worksheet')) {
        worksheets.push({
          path: rel.path,
          hidden: attributes.state !== undefined && attributes.state !== 'visible',
        });
      }
    },
  });
  const sheet = worksheets.find((candidate) => !candidate.hidden) ?? worksheets[0];
  if (sheet === undefined) throw new SheetError('sheet.noSheet');
  const sharedStrings = [...workbookRels.values()].find((rel) => rel.type.endsWith('/sharedStrings'));
  return { sheetPath: sheet.path, sharedStringsPath: sharedStrings?.path };
}

/** A relationships part by Id, targets resolved against `folder` to package paths without a leading slash. */
function relationships(xml: string, folder: string): Map<string, Relationship> {
  const byId = new Map<string, Relationship>();
  scanXml(xml, {
    open(name, raw) {
      if (name !== 'Relationship') return;
      const { Id, Type, Target, TargetMode } = attributesOf(raw);
      if (Id === undefined || Type === undefined || Target === undefined || TargetMode === 'External') return;
      byId.set(Id, { type: Type, path: resolvePath(folder, Target) });
    },
  });
  return byId;
}

function resolvePath(folder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray % is a literal character in the part name.
  }
  const segments: string[] = [];
  for (const segment of (decoded.startsWith('/') ? decoded : folder + decoded).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
