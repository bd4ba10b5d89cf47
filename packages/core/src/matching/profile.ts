// What matching knows of an open item: a compact profile kept in the alliance's match index, so a match
// request reads a few index items instead of every open item.
import { matchTerms } from './terms.ts';

export const MATCHABLE_KINDS = ['resource', 'need'] as const;
export type MatchableKind = (typeof MATCHABLE_KINDS)[number];

export interface MatchProfile {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly tags: readonly string[];
  /** GB/T 2260 division code (6 digits), if the item has a region. */
  readonly region?: string;
  readonly ownerTenantId: string;
  /** `YYYY-MM-DD`; past it the item no longer matches. */
  readonly validUntil?: string;
  readonly terms: readonly string[];
}

/** The fields of a list item matching reads. */
export interface MatchableItem {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly category: string;
  readonly tags?: readonly string[];
  readonly region?: string;
  readonly ownerTenantId: string;
  readonly validUntil?: string;
}

export const profileOf = (item: MatchableItem): MatchProfile => ({
  id: item.id,
  title: item.title,
  category: item.category,
  tags: item.tags ?? [],
  ...(item.region ? { region: item.region } : {}),
  ownerTenantId: item.ownerTenantId,
  ...(item.validUntil ? { validUntil: item.validUntil } : {}),
  terms: matchTerms(item.title, item.description),
});

// Packed as one tab-separated string: tens of thousands of tiny attributes unmarshal far faster than maps.
const LIST = '\u001f';
const clean = (text: string) => text.replaceAll('\t', ' ').replaceAll(LIST, ' ');

export const packProfile = (profile: MatchProfile): string =>
  [
    clean(profile.title),
    profile.category,
    profile.tags.map(clean).join(LIST),
    profile.region ?? '',
    profile.ownerTenantId,
    profile.validUntil ?? '',
    profile.terms.map(clean).join(LIST),
  ].join('\t');

export const unpackProfile = (id: string, packed: string): MatchProfile => {
  const [title = '', category = '', tags = '', region = '', ownerTenantId = '', validUntil = '', terms = ''] =
    packed.split('\t');
  return {
    id,
    title,
    category,
    tags: tags ? tags.split(LIST) : [],
    ...(region ? { region } : {}),
    ownerTenantId,
    ...(validUntil ? { validUntil } : {}),
    terms: terms ? terms.split(LIST) : [],
  };
};
