// Problem follow-up (问题收集帮办) in the Minhang "city corridor", the Qixia way: members raise the common
// problems of their companies (financing, talent, land, policy), the alliance routes each to the member that
// can solve it with a time limit, follows it to a resolution and asks the raiser to rate it.
//
// Source of the practice: shared/seeds/002 (Qixia): the "问题收集帮办" mechanism of its Party-building
// alliances, which with the "党建+法律服务" and enterprise-local alliances solved 213 common problems of regional
// cooperation, industrial upgrading, financial services and rights protection; the "党建+产业" alliance finding
// production bases for nearly 30 high-end intermediate and pharmaceutical raw-material companies; financing and
// talent as the difficulties of small companies; government–enterprise–finance matchmaking (政企金对接会).
// Source of the corridor: shared/seeds/004 (the pharma-chain alliance, the AI alliance, the Hongqiao business
// service centre) and the corridor's lists (minhang-content.ts: Quzhou's 20 manufacturers, Ningbo's branch
// centre, Nantong's antibody process partners). Invented: every problem's wording beyond that, who routes it
// where, the dates (days before the seeding), the comments and the ratings.
import type { DemoAllianceKey } from './alliance-types.ts';

export type DemoProblemStep =
  | { readonly action: 'accept' | 'start'; readonly daysAgo: number }
  | { readonly action: 'resolve'; readonly daysAgo: number; readonly resolution: string }
  | { readonly action: 'reject'; readonly daysAgo: number; readonly reason: string }
  | {
      readonly action: 'close';
      readonly daysAgo: number;
      readonly rating: number;
      readonly ratingNote?: string;
    }
  | {
      readonly action: 'reassign';
      readonly daysAgo: number;
      readonly assigneeTenantId: string;
      readonly note: string;
    }
  | {
      readonly action: 'comment';
      readonly daysAgo: number;
      readonly tenantId: string;
      readonly text: string;
    };

export interface DemoProblem {
  readonly key: string;
  readonly raiserTenantId: string;
  readonly assigneeTenantId: string;
  readonly category: 'financing' | 'talent' | 'land' | 'policy' | 'market' | 'legal' | 'other';
  readonly urgency: 'normal' | 'high' | 'urgent';
  readonly title: string;
  readonly description: string;
  /** Raised this many days before the seeding. */
  readonly raisedDaysAgo: number;
  /** The time limit: this many days after it was raised. */
  readonly dueAfterDays: number;
  readonly steps: readonly DemoProblemStep[];
}

export interface DemoProblemContent {
  readonly allianceKey: DemoAllianceKey;
  readonly problems: readonly DemoProblem[];
  /** Days (before the seeding) on which the secretariat ran the overdue sweep. */
  readonly escalationSweeps: readonly number[];
}

const problems: readonly DemoProblem[] = [
  {
    key: 'pb-land-pharma',
    raiserTenantId: 'sh-minhang',
    assigneeTenantId: 'js-yancheng',
    category: 'land',
    urgency: 'high',
    title: '医药中间体及原料药企业寻找生产基地',
    description:
      '长三角医药产业链党建联盟成员单位中有 3 家高端中间体及医药原料企业扩产，闵行区内无可用化工用地，请连廊城市协助寻找合规的生产基地。',
    raisedDaysAgo: 58,
    dueAfterDays: 30,
    steps: [
      { action: 'accept', daysAgo: 57 },
      {
        action: 'comment',
        daysAgo: 56,
        tenantId: 'js-yancheng',
        text: '已梳理盐城可承接医药中间体项目的化工园区，请提供三家企业的用地规模和环评要求。',
      },
      {
        action: 'comment',
        daysAgo: 55,
        tenantId: 'sh-minhang',
        text: '用地需求和环评材料已通过联盟联络员报送。',
      },
      { action: 'start', daysAgo: 54 },
      {
        action: 'resolve',
        daysAgo: 35,
        resolution: '推荐两个化工园区，组织 3 家企业实地踏勘，其中 2 家已签订入园意向协议，1 家继续比选。',
      },
      { action: 'close', daysAgo: 34, rating: 5, ratingNote: '对接迅速，园区服务到位' },
    ],
  },
  {
    key: 'pb-finance-quzhou',
    raiserTenantId: 'zj-quzhou',
    assigneeTenantId: 'sh-minhang',
    category: 'financing',
    urgency: 'normal',
    title: '制造企业人工智能数字化改造融资对接',
    description:
      '衢州 20 家制造企业实施人工智能数字化改造，设备投入资金缺口较大，希望对接科技贷款、融资租赁等金融服务。',
    raisedDaysAgo: 50,
    dueAfterDays: 30,
    steps: [
      { action: 'accept', daysAgo: 49 },
      { action: 'start', daysAgo: 47 },
      {
        action: 'resolve',
        daysAgo: 28,
        resolution:
          '依托虹桥国际中央商务区企业服务中心召开政企金对接会，银行与衢州企业逐户对接科技贷款和融资租赁方案。',
      },
      { action: 'close', daysAgo: 27, rating: 4 },
    ],
  },
  {
    key: 'pb-talent-antibody',
    raiserTenantId: 'js-nantong',
    assigneeTenantId: 'js-suzhou',
    category: 'talent',
    urgency: 'high',
    title: '抗体药工艺研发人才引进',
    description:
      '南通生物医药企业开展抗体药工艺联合攻关，缺少工艺开发和质量研究骨干，请连廊城市协助引进人才并联合培养。',
    raisedDaysAgo: 45,
    dueAfterDays: 21,
    steps: [
      { action: 'accept', daysAgo: 44 },
      { action: 'start', daysAgo: 40 },
      {
        action: 'comment',
        daysAgo: 22,
        tenantId: 'sh-minhang',
        text: '秘书处督办：该问题已超过办理时限，请苏州一周内反馈人才对接进展。',
      },
      {
        action: 'comment',
        daysAgo: 21,
        tenantId: 'js-suzhou',
        text: '已联系两家生物医药企业的工艺团队，候选人面谈安排在下周。',
      },
      {
        action: 'resolve',
        daysAgo: 15,
        resolution: '推荐 4 名抗体药工艺骨干，2 名已到岗，另与南通企业建立联合培养机制。',
      },
      { action: 'close', daysAgo: 14, rating: 3, ratingNote: '人才到岗晚于预期' },
    ],
  },
  {
    key: 'pb-policy-ningbo',
    raiserTenantId: 'zj-ningbo',
    assigneeTenantId: 'sh-minhang',
    category: 'policy',
    urgency: 'normal',
    title: '进口商品展示交易分中心设立政策咨询',
    description:
      '宁波拟设立虹桥进口商品展示交易中心分中心，需了解分中心的设立条件、运营政策和已有分中心的经验。',
    raisedDaysAgo: 40,
    dueAfterDays: 20,
    steps: [
      { action: 'accept', daysAgo: 39 },
      {
        action: 'resolve',
        daysAgo: 30,
        resolution: '提供分中心设立条件和运营政策汇编，安排宁波考察昆山、黄山等已设立的分中心。',
      },
      { action: 'close', daysAgo: 29, rating: 5 },
    ],
  },
  {
    key: 'pb-finance-ip',
    raiserTenantId: 'zj-jiaxing',
    assigneeTenantId: 'js-nantong',
    category: 'financing',
    urgency: 'normal',
    title: '科技型中小企业知识产权质押融资',
    description:
      '嘉兴一批科技型中小企业轻资产、缺抵押，希望了解连廊城市知识产权质押融资的做法并对接金融机构。',
    raisedDaysAgo: 33,
    dueAfterDays: 20,
    steps: [
      {
        action: 'reject',
        daysAgo: 32,
        reason: '南通暂无面向外地企业的知识产权质押融资渠道，建议由闵行政企金平台对接。',
      },
      {
        action: 'reassign',
        daysAgo: 31,
        assigneeTenantId: 'sh-minhang',
        note: '改由闵行依托政企金对接平台承办',
      },
      { action: 'accept', daysAgo: 30 },
      { action: 'start', daysAgo: 28 },
      {
        action: 'resolve',
        daysAgo: 20,
        resolution: '介绍知识产权质押融资做法，组织嘉兴企业参加政企金对接会，与合作银行建立对接渠道。',
      },
    ],
  },
  {
    key: 'pb-talent-ai',
    raiserTenantId: 'js-yancheng',
    assigneeTenantId: 'sh-minhang',
    category: 'talent',
    urgency: 'normal',
    title: '智能制造企业人工智能工程师引进',
    description: '盐城智能制造企业推进产线智能化，急需人工智能算法和工业视觉工程师，请连廊协助对接人才资源。',
    raisedDaysAgo: 8,
    dueAfterDays: 30,
    steps: [
      { action: 'accept', daysAgo: 7 },
      { action: 'start', daysAgo: 5 },
      {
        action: 'comment',
        daysAgo: 4,
        tenantId: 'sh-minhang',
        text: '已请长三角人工智能党建联盟发布需求，首批候选人简历下周汇总。',
      },
    ],
  },
];

export const minhangProblems: DemoProblemContent = {
  allianceKey: 'minhang',
  problems,
  // The antibody-talent problem fell due 24 days before the seeding; the sweep two days later escalated it.
  escalationSweeps: [22],
};
