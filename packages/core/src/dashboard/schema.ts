// The dashboard's response (its shape is `Figures`, per member tenant and in total).
import * as z from 'zod/mini';
import { schemaGroup } from '../shared/schema.ts';

export const dashboardSchemas = schemaGroup(() => {
  const Counts = z.record(z.string(), z.number());
  const Rate = z.nullable(z.number());
  const ItemCounts = z.object({ total: z.number(), byStatus: Counts });
  const Figures = {
    memberUnits: z.number(),
    items: z.object({ resource: ItemCounts, need: ItemCounts, project: ItemCounts }),
    claims: z.object({ made: z.number(), received: Counts, itemsClaimed: z.number(), claimRate: Rate }),
    problems: z.object({
      raised: z.number(),
      byStatus: Counts,
      resolvedOnTime: z.number(),
      resolvedLate: z.number(),
      escalated: z.number(),
      closureRate: Rate,
      onTimeRate: Rate,
      averageRating: Rate,
    }),
    activities: z.object({ byStatus: Counts, registrations: z.number(), attended: z.number() }),
    outcomes: z.array(z.object({ name: z.string(), unit: z.string(), value: z.number() })),
    meetings: z.object({ byStatus: Counts }),
    actionItems: z.object({
      byStatus: Counts,
      doneOnTime: z.number(),
      doneLate: z.number(),
      completionRate: Rate,
      onTimeRate: Rate,
    }),
  };
  return {
    Dashboard: z.object({
      allianceId: z.string(),
      members: z.object({ active: z.number(), former: z.number() }),
      total: z.object(Figures),
      byMember: z.array(
        z.object({
          tenantId: z.string(),
          tenantName: z.string(),
          role: z.string(),
          status: z.enum(['active', 'former']),
          ...Figures,
        }),
      ),
    }),
  };
});

export type Dashboard = z.infer<ReturnType<typeof dashboardSchemas>['Dashboard']>;
