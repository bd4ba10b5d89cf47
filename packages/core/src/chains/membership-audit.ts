// The audit entry of a unit joining or leaving a chain: written by membership changes, and by units created
// already in their chains (an import), so the trail reads the same whichever way the unit got there.
import { type AuditEntry, auditEntry, type WriteContext } from '../shared/write.ts';

export const membershipAudit = (
  ctx: WriteContext,
  unit: { readonly id: string; readonly version: number },
  join: boolean,
): AuditEntry =>
  auditEntry(
    ctx,
    join ? 'chain.memberAdded' : 'chain.memberRemoved',
    { type: 'unit', id: unit.id, version: unit.version },
    ['chainIds'],
  );
