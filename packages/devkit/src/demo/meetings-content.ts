// The demo alliances' meetings and action items (issue 6) as typed data.
//
// Source: shared/seeds/001. From the document: the Langxia·Dayun·Guangchen committee meets 双月 (every two
// months) "总结前阶段工作开展情况，交流工作信息，研究谋划合作项目，制定下阶段工作计划", and visits operators to hear
// their problems; what its meetings deal with here is what the document says the committee did: the 春秋
// tourist bus line, the 6 routes released at the 沪浙田园赏花季, the charity walk in April (100 teams, 30
// charity-sale units and families, over 40,000 yuan, 1,419 books, 5 "小白杨" libraries planned), the Qingming and
// May Day figures (9,700 visitors at the country park, +47%; 锦江中华村 +8%, 博海农艺园 +20%; 45,000 visits, three
// certified homestays full), the farm-owner salons, the policy research, and the 金旅大课堂 first batch of 20
// (廊下 8、大云 6、广陈 6). The G60 corridor's 2019 joint meeting in Wuhu at the end of June and the action plan it
// issued are the document's too. Invented: the days of the month, the places, the hosts taking turns among the
// three towns, who attended (the committee's invented names), the minutes' wording, every action item's
// assignee, due date and completion date (one done late, some still open).
import type { DemoAllianceKey } from './alliance-types.ts';
import { G60_CITIES } from './g60-content.ts';

const JINSHAN = 'sh-jinshan';
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';

export interface DemoActionItem {
  readonly title: string;
  readonly assigneeTenantId: string;
  readonly dueOn: string;
  /** Done that day (Asia/Shanghai), with the assignee's note; absent: still open. */
  readonly done?: { readonly on: string; readonly note: string };
}

export interface DemoMeeting {
  readonly kind: 'joint_meeting' | 'committee_meeting' | 'seminar';
  readonly title: string;
  readonly date: string;
  readonly time?: string;
  /** Absent: the rotating chair on that date (the G60 corridor), as the API decides. */
  readonly hostTenantId?: string;
  readonly place: string;
  readonly agenda: readonly string[];
  /** Held meetings: who came, what was recorded and decided, and what was assigned. */
  readonly held?: {
    readonly attendees: readonly { readonly tenantId: string; readonly names: readonly string[] }[];
    readonly minutes: string;
    readonly decisions: readonly string[];
    readonly actionItems: readonly DemoActionItem[];
  };
}

export interface DemoAllianceMeetings {
  readonly allianceKey: DemoAllianceKey;
  readonly cadence?: { readonly kind: DemoMeeting['kind']; readonly everyMonths: number };
  readonly meetings: readonly DemoMeeting[];
}

/** The whole committee (1 + 2 + 8) by tenant, as langxia-content.ts seats it. */
const COMMITTEE = [
  { tenantId: JINSHAN, names: ['孙静', '姚春林', '金伟明', '陆晓燕'] },
  { tenantId: JIASHAN, names: ['沈卫忠', '顾建华', '徐丽萍', '钱国良'] },
  { tenantId: PINGHU, names: ['朱晓峰', '张海明', '吴静怡'] },
] as const;

/** The four things the document says every committee meeting does. */
const AGENDA = ['总结前阶段工作开展情况', '交流工作信息', '研究谋划合作项目', '制定下阶段工作计划'] as const;

const PLACE = {
  [JINSHAN]: '廊下镇党群服务中心',
  [JIASHAN]: '大云镇党群服务中心',
  [PINGHU]: '广陈镇党群服务中心',
} as const;

const committeeMeeting = (
  n: number,
  date: string,
  host: typeof JINSHAN | typeof JIASHAN | typeof PINGHU,
  topics: readonly string[],
  held?: Omit<NonNullable<DemoMeeting['held']>, 'attendees'>,
): DemoMeeting => ({
  kind: 'committee_meeting',
  title: `${date.slice(0, 4)} 年第${'一二三四五六'.charAt(n - 1)}次党委会议`,
  date,
  time: '14:00',
  hostTenantId: host,
  place: PLACE[host],
  agenda: [...AGENDA, ...topics],
  ...(held ? { held: { attendees: COMMITTEE, ...held } } : {}),
});

const langxia: DemoAllianceMeetings = {
  allianceKey: 'langxia',
  cadence: { kind: 'committee_meeting', everyMonths: 2 },
  meetings: [
    committeeMeeting(1, '2026-01-15', JINSHAN, ['与春秋旅行社合作开通三镇旅游直通车'], {
      minutes:
        '会议总结了上年度三地乡村旅居合作情况，交流了各镇民宿、农家乐经营信息。研究了与春秋旅行社合作开通三镇春秋旅游直通车、联合谋划沪浙田园赏花季旅游线路两个合作项目，明确了下阶段工作分工。',
      decisions: ['与春秋旅行社合作开通三镇春秋旅游直通车', '由广陈牵头梳理三地赏花季旅游线路'],
      actionItems: [
        {
          title: '对接春秋旅行社，开通三镇春秋旅游直通车',
          assigneeTenantId: JINSHAN,
          dueOn: '2026-03-31',
          done: { on: '2026-03-20', note: '已与春秋旅行社签订合作协议，三镇春秋旅游直通车开通运行。' },
        },
        {
          title: '梳理三地赏花季旅游线路，形成精品线路方案',
          assigneeTenantId: PINGHU,
          dueOn: '2026-03-05',
          done: { on: '2026-03-03', note: '形成 6 条三地旅游精品线路方案，提交党委会议审议。' },
        },
      ],
    }),
    committeeMeeting(
      2,
      '2026-03-12',
      JIASHAN,
      ['沪浙田园赏花季线路发布', '“书”说公益 沪浙同行公益徒步筹备'],
      {
        minutes:
          '会议听取了三镇春秋旅游直通车筹备情况和赏花季线路方案，同意在沪浙田园赏花季系列活动上发布 6 条三地旅游精品线路，党委工作覆盖的经营主体为线路提供精品旅居服务项目。研究了 4 月三地联合举行公益徒步活动的筹备工作。',
        decisions: [
          '在沪浙田园赏花季系列活动上发布 6 条三地旅游精品线路',
          '4 月三地联合举行“书”说公益 沪浙同行公益徒步活动',
        ],
        actionItems: [
          {
            title: '在沪浙田园赏花季系列活动上发布 6 条三地旅游精品线路',
            assigneeTenantId: JIASHAN,
            dueOn: '2026-03-31',
            done: { on: '2026-03-28', note: '6 条精品线路已在赏花季系列活动上发布。' },
          },
          {
            title: '筹备公益徒步活动：招募沪浙参赛队伍 100 组、义卖单位和家庭 30 组',
            assigneeTenantId: JINSHAN,
            dueOn: '2026-04-10',
            done: { on: '2026-04-08', note: '100 组参赛队伍、30 组义卖单位和家庭报名完成。' },
          },
        ],
      },
    ),
    committeeMeeting(3, '2026-05-14', PINGHU, ['公益徒步活动总结', '清明、五一客流情况'], {
      minutes:
        '会议总结了公益徒步活动：来自沪浙的 100 组参赛队伍通过义卖、捐书、徒步等形式汇聚公益力量，30 组义卖单位和家庭参加，共筹得善款 4 万余元，获得书籍捐赠 1419 本，预计为贫困地区孩子建立 5 个“小白杨”爱心图书室。交流了清明、五一期间三地旅居客流信息。',
      decisions: ['统计清明、五一期间三地客流和营业额，报党委', '制定 5 个“小白杨”爱心图书室建设方案'],
      actionItems: [
        {
          title: '统计清明、五一期间三地旅居客流和营业额，报党委',
          assigneeTenantId: JINSHAN,
          dueOn: '2026-05-31',
          done: {
            on: '2026-06-12',
            note: '清明小长假廊下郊野公园接待游客 9700 人，同比增长 47%；锦江中华村农家乐和博海农艺园三天营业额分别增长 8% 和 20%；五一期间廊下郊野公园接待游客 4.5 万人次，三家获证民宿客房入住率均达到 100%。',
          },
        },
        {
          title: '制定 5 个“小白杨”爱心图书室建设方案，分配捐赠书籍 1419 本',
          assigneeTenantId: PINGHU,
          dueOn: '2026-08-31',
          done: { on: '2026-08-20', note: '5 个图书室选址和书籍分配方案已确定。' },
        },
      ],
    }),
    committeeMeeting(4, '2026-07-16', JINSHAN, ['“农场主沙龙”安排', '走访经营主体'], {
      minutes:
        '会议交流了上半年精准服务开展情况，研究了下半年“农场主沙龙”和走访乡村旅居经营主体安排，针对经营主体反映的问题进行了讨论。',
      decisions: ['下半年围绕品牌建设举办“农场主沙龙”', '走访三地乡村旅居经营主体，汇总意见建议'],
      actionItems: [
        {
          title: '举办“农场主沙龙”，围绕品牌建设邀请三地经营主体分享',
          assigneeTenantId: JIASHAN,
          dueOn: '2026-09-30',
          done: { on: '2026-09-25', note: '沙龙已在大云举办，三地经营主体交流品牌建设经验。' },
        },
        {
          title: '走访三地乡村旅居经营主体，听取意见建议并汇总存在问题',
          assigneeTenantId: PINGHU,
          dueOn: '2026-09-10',
          done: { on: '2026-09-08', note: '走访完成，问题清单提交党委会议讨论研究。' },
        },
      ],
    }),
    committeeMeeting(5, '2026-09-17', JIASHAN, ['“金旅大课堂”培训内容', '乡村旅居产业政策研究'], {
      minutes:
        '会议讨论了走访中经营主体反映的问题，分析并提出相应解决方案。研究了组织旅游从业人员参加金山区文化和旅游局“金旅大课堂”培训的安排，以及乡村旅居产业政策研究。',
      decisions: ['与金山区文化和旅游局对接“金旅大课堂”培训内容', '形成乡村旅居产业扶持政策清单'],
      actionItems: [
        {
          title: '对接“金旅大课堂”培训内容（乡村振兴、新媒体营销、民宿发展、文旅融合）',
          assigneeTenantId: JINSHAN,
          dueOn: '2026-11-10',
          done: { on: '2026-11-05', note: '培训内容已与金山区文化和旅游局确认。' },
        },
        {
          title: '研究沪浙两地乡村旅居扶持政策，形成政策清单',
          assigneeTenantId: PINGHU,
          dueOn: '2026-12-31',
        },
      ],
    }),
    committeeMeeting(6, '2026-11-12', PINGHU, ['“金旅大课堂”第一批培训名额'], {
      minutes:
        '会议确定组织三地乡村旅居从业人员分批参加“金旅大课堂”培训，第一批三地共 20 名：廊下 8 名、大云 6 名、广陈 6 名。研究了来年赏花季三镇春秋旅游直通车加开班次。',
      decisions: ['第一批培训名额：廊下 8 名、大云 6 名、广陈 6 名', '筹备来年赏花季直通车加开班次'],
      actionItems: [
        {
          title: '报送廊下镇“金旅大课堂”第一批 8 名参训人员名单',
          assigneeTenantId: JINSHAN,
          dueOn: '2026-12-15',
          done: { on: '2026-11-20', note: '8 名参训人员名单已报送。' },
        },
        {
          title: '报送大云镇“金旅大课堂”第一批 6 名参训人员名单',
          assigneeTenantId: JIASHAN,
          dueOn: '2026-12-15',
        },
        {
          title: '报送广陈镇“金旅大课堂”第一批 6 名参训人员名单',
          assigneeTenantId: PINGHU,
          dueOn: '2026-12-15',
        },
        {
          title: '与春秋旅行社商定赏花季周末加开直通车班次、增设广陈停靠点',
          assigneeTenantId: JINSHAN,
          dueOn: '2027-02-28',
        },
      ],
    }),
    committeeMeeting(1, '2027-01-12', JINSHAN, ['“金旅大课堂”第一批培训准备', '赏花季与公益徒步筹备']),
  ],
};

const g60: DemoAllianceMeetings = {
  allianceKey: 'g60',
  meetings: [
    {
      kind: 'joint_meeting',
      title: '2019 长三角 G60 科创走廊联席会议',
      date: '2019-06-28',
      place: '芜湖',
      agenda: ['发布 G60 科创走廊产业集群高质量一体化发展行动纲要', '开启长三角 G60 科创走廊 3.0 升级版'],
      held: {
        attendees: G60_CITIES.map((tenantId) => ({ tenantId, names: [] })),
        minutes:
          '在芜湖召开 2019 长三角 G60 科创走廊联席会议，发布 G60 科创走廊产业集群高质量一体化发展行动纲要，开启了长三角 G60 科创走廊 3.0 升级版。',
        decisions: [
          '发布 G60 科创走廊产业集群高质量一体化发展行动纲要',
          '开启长三角 G60 科创走廊 3.0 升级版',
        ],
        actionItems: [],
      },
    },
  ],
};

/** In the order they are seeded. */
export const demoMeetings: readonly DemoAllianceMeetings[] = [langxia, g60];
