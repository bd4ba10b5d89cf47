// An alliance's dashboard: two queries (its members, its counter rows) however much the alliance holds. Only
// alliance data: the counters are kept in the alliance partition by the writes to the shared workspace.
import type { AllianceRepository } from '../alliances/repository.ts';
import type { AllianceMembership } from '../alliances/schema.ts';
import { sumStats } from '../stats/deltas.ts';
import type { StatsRepository } from '../stats/repository.ts';
import { figuresOf } from './figures.ts';
import type { Dashboard } from './schema.ts';

export interface DashboardServiceDeps {
  readonly alliances: Pick<AllianceRepository, 'allMembers'>;
  readonly stats: StatsRepository;
}

export interface DashboardService {
  get(membership: AllianceMembership): Promise<Dashboard>;
}

export const createDashboardService = ({ alliances, stats }: DashboardServiceDeps): DashboardService => ({
  async get({ allianceId, tenantId }) {
    const [members, counters] = await Promise.all([
      alliances.allMembers(allianceId),
      stats.read({ allianceId, tenantId }),
    ]);
    // Former members stay listed when they left counts behind (history stays attributed).
    const shown = members.filter((member) => member.status === 'active' || counters.has(member.tenantId));
    return {
      allianceId,
      members: {
        active: members.filter((member) => member.status === 'active').length,
        former: members.filter((member) => member.status === 'former').length,
      },
      total: figuresOf(sumStats(counters.values())),
      byMember: shown.map((member) => ({
        tenantId: member.tenantId,
        tenantName: member.tenantName,
        role: member.role,
        status: member.status,
        ...figuresOf(counters.get(member.tenantId) ?? {}),
      })),
    };
  },
});
