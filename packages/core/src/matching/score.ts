// Ranks candidates for one item (open resources for a need, open needs for a resource) and explains each
// score: category, shared tags, text similarity of their words, and how close their regions are.
import type { MatchProfile } from './profile.ts';

/** Points of each part; a perfect match scores 100. */
export const MATCH_WEIGHTS = { category: 30, tags: 20, text: 35, region: 15 } as const;

/** Division codes: 2 digits province, 4 city, 6 county (GB/T 2260); Shanghai's districts share city 3101. */
export const REGION_LEVELS = ['county', 'city', 'province', 'elsewhere', 'unknown'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
const REGION_SHARE: Readonly<Record<RegionLevel, number>> = {
  county: 1,
  city: 2 / 3,
  province: 1 / 3,
  elsewhere: 0,
  unknown: 0,
};

export interface MatchExplanation {
  readonly category: { readonly same: boolean; readonly points: number };
  readonly tags: { readonly shared: readonly string[]; readonly points: number };
  /** Cosine similarity (0–1) of the items' words weighted by rarity among the candidates. */
  readonly text: {
    readonly similarity: number;
    readonly sharedTerms: readonly string[];
    readonly points: number;
  };
  readonly region: { readonly level: RegionLevel; readonly points: number };
}

export interface Match {
  readonly itemId: string;
  readonly title: string;
  readonly ownerTenantId: string;
  readonly score: number;
  readonly explanation: MatchExplanation;
}

export const regionLevel = (a: string | undefined, b: string | undefined): RegionLevel => {
  if (!a || !b) return 'unknown';
  if (a === b) return 'county';
  if (a.slice(0, 4) === b.slice(0, 4)) return 'city';
  if (a.slice(0, 2) === b.slice(0, 2)) return 'province';
  return 'elsewhere';
};

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface RankOptions {
  readonly limit: number;
  /** Today in Asia/Shanghai (`YYYY-MM-DD`): candidates valid until before it are left out. */
  readonly today: string;
}

/**
 * The best `limit` candidates for `target`, best first (ties: newer ids first). Candidates of the target's
 * own tenant and expired ones are left out; so are candidates sharing nothing with the target (score 0).
 */
export const rankMatches = (
  target: MatchProfile,
  candidates: readonly MatchProfile[],
  options: RankOptions,
): Match[] => {
  const eligible = candidates.filter(
    (candidate) =>
      candidate.ownerTenantId !== target.ownerTenantId &&
      (candidate.validUntil === undefined || candidate.validUntil >= options.today),
  );

  // Rarer words say more: inverse document frequency over the candidates and the target.
  const documentFrequency = new Map<string, number>();
  for (const profile of [target, ...eligible])
    for (const term of profile.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const documents = eligible.length + 1;
  const weight = (term: string) => Math.log(1 + documents / (documentFrequency.get(term) ?? 1));
  const norm = (terms: readonly string[]) =>
    Math.sqrt(terms.reduce((sum, term) => sum + weight(term) ** 2, 0));

  const targetTerms = new Set(target.terms);
  const targetNorm = norm(target.terms);
  const targetTags = new Set(target.tags);

  const scored: Match[] = [];
  for (const candidate of eligible) {
    const sharedTerms = candidate.terms.filter((term) => targetTerms.has(term));
    const dot = sharedTerms.reduce((sum, term) => sum + weight(term) ** 2, 0);
    const similarity = dot === 0 ? 0 : dot / (targetNorm * norm(candidate.terms));
    const sharedTags = candidate.tags.filter((tag) => targetTags.has(tag));
    const tagUnion = new Set([...target.tags, ...candidate.tags]).size;
    const sameCategory = candidate.category === target.category;
    const level = regionLevel(target.region, candidate.region);

    const explanation: MatchExplanation = {
      category: { same: sameCategory, points: sameCategory ? MATCH_WEIGHTS.category : 0 },
      tags: {
        shared: sharedTags,
        points: round(tagUnion === 0 ? 0 : (MATCH_WEIGHTS.tags * sharedTags.length) / tagUnion),
      },
      text: {
        similarity: round(similarity, 3),
        sharedTerms: [...sharedTerms].sort((a, b) => weight(b) - weight(a)).slice(0, 8),
        points: round(MATCH_WEIGHTS.text * similarity),
      },
      region: { level, points: round(MATCH_WEIGHTS.region * REGION_SHARE[level]) },
    };
    const relevant = sameCategory || sharedTags.length > 0 || sharedTerms.length > 0;
    if (!relevant) continue;
    const score = round(
      explanation.category.points +
        explanation.tags.points +
        explanation.text.points +
        explanation.region.points,
    );
    scored.push({
      itemId: candidate.id,
      title: candidate.title,
      ownerTenantId: candidate.ownerTenantId,
      score,
      explanation,
    });
  }
  return scored
    .sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? 1 : a.itemId > b.itemId ? -1 : 0))
    .slice(0, options.limit);
};
