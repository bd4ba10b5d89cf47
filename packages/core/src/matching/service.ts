// 供需对接: open resources ranked for a need, open needs for a resource, from the alliance's match index.
import type { AllianceMembership } from '../alliances/schema.ts';
import type { ListItem } from '../lists/schema.ts';
import { shanghaiDate } from '../shared/shanghai-time.ts';
import type { MatchProfile } from './profile.ts';
import { type MatchableKind, profileOf } from './profile.ts';
import { type Match, rankMatches } from './score.ts';

/** Reads every profile of one kind in the alliance's match index, through the member's session. */
export type MatchProfiles = (member: AllianceMembership, kind: MatchableKind) => Promise<MatchProfile[]>;

/** The other side of a match: resources meet needs, and needs find resources. */
export const COUNTERPART: Readonly<Record<MatchableKind, MatchableKind>> = {
  need: 'resource',
  resource: 'need',
};

export interface MatchService {
  /** The best counterparts of `item` (already read as the caller may see it), best first. */
  matches(
    member: AllianceMembership,
    item: ListItem & { kind: MatchableKind },
    options: { limit: number; now: Date },
  ): Promise<Match[]>;
}

export const createMatchService = (profiles: MatchProfiles): MatchService => ({
  async matches(member, item, { limit, now }) {
    const candidates = await profiles(member, COUNTERPART[item.kind]);
    return rankMatches(profileOf(item), candidates, { limit, today: shanghaiDate(now) });
  },
});
