// The demo meetings as data: 双月 dates, members only, and completions as the content says (one late, some open).
import { addMonths } from '@lianjian/core';
import { describe, expect, it } from 'vitest';
import { demoAlliances } from './alliance-charters.ts';
import { demoMeetings } from './meetings-content.ts';

describe('demo meetings', () => {
  const langxia = demoMeetings.find((content) => content.allianceKey === 'langxia');
  const meetings = langxia?.meetings ?? [];
  const items = meetings.flatMap((meeting) => meeting.held?.actionItems ?? []);

  it('meets every two months, within the month the cadence names', () => {
    for (const [index, meeting] of meetings.entries()) {
      const previous = meetings[index - 1];
      if (previous) expect(meeting.date.slice(0, 7)).toBe(addMonths(previous.date, 2).slice(0, 7));
    }
    expect(langxia?.cadence).toEqual({ kind: 'committee_meeting', everyMonths: 2 });
  });

  it('names only member tenants, and has action items done on time, one late and some open', () => {
    for (const content of demoMeetings) {
      const alliance = demoAlliances.find((candidate) => candidate.key === content.allianceKey);
      const members = new Set([alliance?.secretariatTenantId, ...(alliance?.memberTenantIds ?? [])]);
      for (const meeting of content.meetings) {
        if (meeting.hostTenantId) expect(members).toContain(meeting.hostTenantId);
        for (const { tenantId } of meeting.held?.attendees ?? []) expect(members).toContain(tenantId);
        for (const item of meeting.held?.actionItems ?? []) expect(members).toContain(item.assigneeTenantId);
      }
    }
    const done = items.filter((item) => item.done);
    expect(done.filter((item) => item.done && item.done.on > item.dueOn)).toHaveLength(1);
    expect(done).toHaveLength(10);
    expect(items.length - done.length).toBe(4);
  });
});
