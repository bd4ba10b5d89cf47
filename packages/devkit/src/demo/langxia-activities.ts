// The Langxia·Dayun·Guangchen alliance's activities (活动), as the documents tell them.
//
// Source: shared/seeds/001. From the document: the “金旅大课堂” training of the Jinshan culture and tourism bureau
// (乡村振兴、新媒体营销、民宿发展、文旅融合) and its first batch of 20 (廊下 8、大云 6、广陈 6); the charity walk
// “‘书’说公益 沪浙同行” in April at the Langxia eco-park (100 teams from Shanghai and Zhejiang, 30 charity-sale
// units and families, over 40,000 yuan raised, 1,419 books donated, 5 “小白杨” libraries planned); the first joint
// “田野赏花节” (single-day visitors up 47%, revenue up 20% year on year; 6 joint routes announced in the flower
// season); the farm-owner salons (农场主沙龙). Invented: the dates and year, places not named, the organiser of
// joint events (the secretariat's Jinshan for the three, Dayun for the salon), the trainees' names (the document
// names none), which operator each trainee works for, and the salon's capacity and registrations.
import type { DemoActivity } from './activity-types.ts';

const JINSHAN = 'sh-jinshan';
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';

/** The first batch: 8 from Langxia, 6 from Dayun, 6 from Guangchen, each working for a member operator. */
// biome-ignore format: one trainee per line
const trainees = [
  { tenantId: JINSHAN, name: '沈佳怡', unit: '江南莲湘民宿' },
  { tenantId: JINSHAN, name: '陈志刚', unit: '涵七民宿' },
  { tenantId: JINSHAN, name: '朱晓雯', unit: '听风塘民宿' },
  { tenantId: JINSHAN, name: '张丽华', unit: '廊下田居民宿' },
  { tenantId: JINSHAN, name: '徐振宇', unit: '廊下竹里民宿' },
  { tenantId: JINSHAN, name: '王美琴', unit: '上海廊下田园农业休闲专业合作社' },
  { tenantId: JINSHAN, name: '蒋文斌', unit: '廊下生态园景区' },
  { tenantId: JINSHAN, name: '曹雪梅', unit: '博海农艺园' },
  { tenantId: JIASHAN, name: '沈晓红', unit: '大云花海民宿' },
  { tenantId: JIASHAN, name: '钱俊杰', unit: '大云云栖民宿' },
  { tenantId: JIASHAN, name: '褚海燕', unit: '大云水乡农家乐' },
  { tenantId: JIASHAN, name: '戚佳琪', unit: '嘉善大云田园休闲农庄' },
  { tenantId: JIASHAN, name: '顾伟东', unit: '嘉善县大云杜鹃花卉专业合作社' },
  { tenantId: JIASHAN, name: '孙玉兰', unit: '嘉善县大云果蔬专业合作社' },
  { tenantId: PINGHU, name: '屠晓峰', unit: '广陈山塘人家民宿' },
  { tenantId: PINGHU, name: '陆婷婷', unit: '广陈稻香民宿' },
  { tenantId: PINGHU, name: '吴建明', unit: '广陈乡味农家乐' },
  { tenantId: PINGHU, name: '张秀英', unit: '平湖广陈农业休闲观光园' },
  { tenantId: PINGHU, name: '金志强', unit: '平湖市广陈芦笋专业合作社' },
  { tenantId: PINGHU, name: '周慧敏', unit: '平湖市广陈西瓜专业合作社' },
] as const;

export const langxiaActivities: readonly DemoActivity[] = [
  {
    key: 'lx-a-jinlv-1',
    organiserTenantId: JINSHAN,
    title: '“金旅大课堂”乡村旅居从业人员培训（第一批）',
    kind: 'training',
    description:
      '组织旅游从业人员分批参加金山区文化和旅游局的“金旅大课堂”培训，提高乡村旅居从业人员的文明道德素质、经营管理水平和旅游服务基本技能。培训内容涉及乡村振兴、新媒体营销、民宿发展、文旅融合等。',
    startsAt: '2026-03-12T09:00:00+08:00',
    endsAt: '2026-03-12T16:30:00+08:00',
    place: '金山区文化和旅游局',
    capacity: 20,
    quotas: { [JINSHAN]: 8, [JIASHAN]: 6, [PINGHU]: 6 },
    registrations: trainees.map((trainee) => ({ ...trainee, attended: true })),
    status: 'done',
    outcomes: [{ name: '参训乡村旅居从业人员', value: 20, unit: '人' }],
  },
  {
    key: 'lx-a-charity-walk',
    organiserTenantId: JINSHAN,
    title: '“书”说公益 沪浙同行——廊下·大云·广陈公益徒步活动',
    kind: 'volunteer',
    description:
      '三地联合举行公益徒步活动，来自沪浙的参赛队伍通过义卖、捐书、徒步等形式展现新时尚新风采，汇聚公益力量。',
    startsAt: '2026-04-18T08:30:00+08:00',
    endsAt: '2026-04-18T12:00:00+08:00',
    place: '廊下生态园',
    registrations: [],
    status: 'done',
    outcomes: [
      { name: '参赛队伍', value: 100, unit: '组', note: '来自沪浙' },
      { name: '义卖单位和家庭', value: 30, unit: '组' },
      { name: '筹得善款', value: 40000, unit: '元', qualifier: 'over', note: '共筹得善款4万余元' },
      { name: '捐赠书籍', value: 1419, unit: '本' },
      { name: '“小白杨”爱心图书室', value: 5, unit: '个', note: '预计为贫困地区孩子建立' },
    ],
  },
  {
    key: 'lx-a-flower-festival',
    organiserTenantId: JINSHAN,
    title: '“田野赏花节”系列旅游活动',
    kind: 'festival',
    description: '三地今年首次联合开展的“田野赏花节”系列旅游活动（沪浙田园赏花季）。',
    startsAt: '2026-03-28T09:00:00+08:00',
    endsAt: '2026-04-06T17:00:00+08:00',
    place: '廊下·大云·广陈三镇',
    registrations: [],
    status: 'done',
    outcomes: [
      { name: '单日游客量同比增长', value: 47, unit: '%' },
      { name: '营业额同比增长', value: 20, unit: '%' },
      { name: '发布三地旅游精品线路', value: 6, unit: '条', note: '在沪浙田园赏花季系列活动上发布' },
    ],
  },
  {
    key: 'lx-a-farm-salon',
    organiserTenantId: JIASHAN,
    title: '农场主沙龙：乡村旅居产品与农产品展销',
    kind: 'salon',
    description: '集群活动型党委的“农场主沙龙”精准服务：交流旅居产品设计与农产品展销渠道。',
    startsAt: '2026-12-12T14:00:00+08:00',
    endsAt: '2026-12-12T16:30:00+08:00',
    place: '嘉善大云田园休闲农庄',
    capacity: 30,
    registrationDeadline: '2026-12-10T17:00:00+08:00',
    registrations: [
      { tenantId: JINSHAN, name: '王美琴', unit: '上海廊下田园农业休闲专业合作社' },
      { tenantId: PINGHU, name: '金志强', unit: '平湖市广陈芦笋专业合作社' },
      { tenantId: JIASHAN, name: '孙玉兰', unit: '嘉善县大云果蔬专业合作社' },
    ],
    status: 'open',
    outcomes: [],
  },
];
