// The Langxia·Dayun·Guangchen alliance's workspace: its committee, member units, lists, claims and projects.
//
// Source: shared/seeds/001. From the document: the committee's make-up (书记 1 名、副书记 2 名、委员 8 名), the
// "金旅大课堂" training and its first batch of 20 (廊下 8、大云 6、广陈 6), the farm-owner salons (农场主沙龙), the
// charity walk "“书”说公益 沪浙同行" (100 teams, 30 charity-sale units and families, over 40,000 yuan, 1,419
// books, 5 "小白杨" libraries planned), the "田野赏花节" (single-day visitors +47%, revenue +20%), the 6 joint
// routes and the 春秋 tourist bus line, and the country park's visitor figures. Invented: every person's name
// (the documents name none; 孙静, 姚春林 and 金伟明 are the tenant records' own invented secretaries), the posts
// they hold at home, contacts, dates, the quantities the document does not give (salons, stalls, books wanted,
// community outlets), and who claims what. The documents describe no rotating chair for this alliance, so it has
// none.
import type { DemoAllianceContent, DemoCommitteePosition, DemoItem } from './alliance-types.ts';
import { langxiaMemberUnits } from './langxia-units.ts';

const JINSHAN = 'sh-jinshan';
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';

// biome-ignore format: one seat per line keeps the table short and easy to scan.
const committee: readonly DemoCommitteePosition[] = [
  { key: 'lx-secretary', role: 'secretary', personName: '孙静', tenantId: JINSHAN, title: '廊下镇党委副书记' },
  { key: 'lx-deputy-dayun', role: 'deputy_secretary', personName: '沈卫忠', tenantId: JIASHAN, title: '大云镇党委副书记' },
  { key: 'lx-deputy-guangchen', role: 'deputy_secretary', personName: '朱晓峰', tenantId: PINGHU, title: '广陈镇党委副书记' },
  { key: 'lx-member-minsu', role: 'member', personName: '姚春林', tenantId: JINSHAN, title: '廊下镇乡村民宿联合党支部书记' },
  { key: 'lx-member-tianyuan', role: 'member', personName: '金伟明', tenantId: JINSHAN, title: '上海廊下田园农业休闲专业合作社党支部书记' },
  { key: 'lx-member-tourism', role: 'member', personName: '陆晓燕', tenantId: JINSHAN, title: '廊下镇旅游发展办公室主任' },
  { key: 'lx-member-flower', role: 'member', personName: '顾建华', tenantId: JIASHAN, title: '大云镇花卉产业联合党支部书记' },
  { key: 'lx-member-dayun-agri', role: 'member', personName: '徐丽萍', tenantId: JIASHAN, title: '大云镇农业农村办公室主任' },
  { key: 'lx-member-farmstead', role: 'member', personName: '钱国良', tenantId: JIASHAN, title: '嘉善大云田园休闲农庄党支部书记' },
  { key: 'lx-member-asparagus', role: 'member', personName: '张海明', tenantId: PINGHU, title: '平湖市广陈芦笋专业合作社党支部书记' },
  { key: 'lx-member-stay', role: 'member', personName: '吴静怡', tenantId: PINGHU, title: '广陈镇乡村旅居联合党支部书记' },
];

const jinshan = { ownerTenantId: JINSHAN, region: '310116' } as const;
const jiashan = { ownerTenantId: JIASHAN, region: '330421' } as const;
const pinghu = { ownerTenantId: PINGHU, region: '330482' } as const;

const items: readonly DemoItem[] = [
  {
    key: 'lx-r-training',
    kind: 'resource',
    ...jinshan,
    title: '“金旅大课堂”乡村旅居从业人员培训名额',
    description:
      '金山区文化和旅游局“金旅大课堂”第一批培训，内容涉及乡村振兴、新媒体营销、民宿发展、文旅融合等，提高乡村旅居从业人员的经营管理水平和旅游服务基本技能。三地共 20 名：廊下 8 名、大云 6 名、广陈 6 名。',
    category: 'training',
    tags: ['金旅大课堂', '民宿发展', '新媒体营销', '文旅融合'],
    quantity: 20,
    unit: '人',
    validUntil: '2027-06-30',
    contact: { name: '陆晓燕', phone: '021-5xxx1101' },
  },
  {
    key: 'lx-r-bus',
    kind: 'resource',
    ...jinshan,
    title: '三镇春秋旅游直通车',
    description:
      '廊下、大云、广陈与春秋旅行社合作开通的三镇春秋旅游直通车，串联廊下郊野公园与大云、广陈旅居点。成员经营主体可申请增设停靠点、随车推介旅居产品。',
    category: 'market',
    tags: ['旅游直通车', '春秋旅行社', '客源引流'],
    validUntil: '2027-12-31',
    contact: { name: '陆晓燕', phone: '021-5xxx1102' },
  },
  {
    key: 'lx-r-park',
    kind: 'resource',
    ...jinshan,
    title: '廊下郊野公园（廊下生态园景区）联合活动场地',
    description:
      '廊下郊野公园（包括廊下生态园景区）可承接公益徒步、赏花、农事体验等三地联合活动。清明小长假接待游客 9700 人、同比增长 47%，五一期间接待游客 4.5 万人次，园内三家获证民宿客房入住率达 100%。',
    category: 'venue',
    tags: ['活动场地', '郊野公园', '公益徒步'],
    validUntil: '2027-12-31',
    contact: { name: '蒋红梅', phone: '021-5xxx1103' },
  },
  {
    key: 'lx-r-salon',
    kind: 'resource',
    ...jiashan,
    title: '“农场主沙龙”承办场地与分享嘉宾',
    description:
      '大云镇承办“农场主沙龙”，围绕政策研究、项目指导、品牌建设邀请三地经营主体分享经验，全年 6 期，每两个月一期，与党委“双月”会议衔接。',
    category: 'training',
    tags: ['农场主沙龙', '品牌建设', '项目指导'],
    quantity: 6,
    unit: '期',
    validUntil: '2027-12-31',
    contact: { name: '徐丽萍', phone: '0573-8xxx2101' },
  },
  {
    key: 'lx-r-flower',
    kind: 'resource',
    ...jiashan,
    title: '“田野赏花节”农产品展销摊位',
    description:
      '三地首次联合开展的“田野赏花节”系列旅游活动，单日游客量上扬 47%，营业额同比增长 20%。本届赏花节设农产品展销摊位，供三地合作社、家庭农场展销。',
    category: 'market',
    tags: ['田野赏花节', '农产品展销', '摊位'],
    quantity: 24,
    unit: '个',
    validUntil: '2027-04-30',
    contact: { name: '顾建华', phone: '0573-8xxx2102' },
  },
  {
    key: 'lx-r-routes',
    kind: 'resource',
    ...pinghu,
    title: '沪浙田园赏花季三地旅游精品线路',
    description:
      '沪浙田园赏花季系列活动上发布的 6 条三地旅游精品线路，党委工作覆盖的乡村旅居经营主体可申请纳入线路，提供精品旅居服务项目（民宿、农家乐、农事体验）。',
    category: 'market',
    tags: ['精品线路', '赏花季', '旅居服务'],
    quantity: 6,
    unit: '条',
    validUntil: '2027-10-31',
    contact: { name: '吴静怡', phone: '0573-8xxx3101' },
  },
  {
    key: 'lx-r-policy',
    kind: 'resource',
    ...pinghu,
    title: '乡村旅居产业政策研究与项目指导',
    description:
      '广陈镇梳理沪浙两地乡村旅居、民宿发展扶持政策，为三地经营主体提供政策解读和项目申报指导，研究谋划合作项目。',
    category: 'policy',
    tags: ['政策研究', '项目指导', '民宿发展'],
    validUntil: '2027-12-31',
    contact: { name: '朱晓峰', phone: '0573-8xxx3102' },
  },
  {
    key: 'lx-n-walk',
    kind: 'need',
    ...jinshan,
    title: '“书”说公益 沪浙同行公益徒步参赛队伍',
    description:
      '三地联合举行公益徒步活动，在廊下生态园出发，通过义卖、捐书、徒步等形式汇聚公益力量，需沪浙参赛队伍 100 组，另招募义卖单位和家庭 30 组。首届活动筹得善款 4 万余元。',
    category: 'volunteer',
    tags: ['公益徒步', '义卖', '沪浙同行'],
    quantity: 100,
    unit: '组',
    validUntil: '2027-04-30',
    contact: { name: '陆晓燕', phone: '021-5xxx1104' },
  },
  {
    key: 'lx-n-books',
    kind: 'need',
    ...jinshan,
    title: '“小白杨”爱心图书室图书捐赠',
    description:
      '公益徒步同步募集图书，计划为贫困地区孩子建立 5 个“小白杨”爱心图书室，需适龄图书约 1500 本（首届活动获捐书籍 1419 本）。',
    category: 'volunteer',
    tags: ['捐书', '小白杨', '爱心图书室'],
    quantity: 1500,
    unit: '本',
    validUntil: '2027-05-31',
    contact: { name: '姚春林', phone: '021-5xxx1105' },
  },
  {
    key: 'lx-n-media',
    kind: 'need',
    ...jiashan,
    title: '民宿新媒体营销专题课程讲师',
    description:
      '大云镇民宿、农家乐经营者希望系统学习短视频、直播等新媒体营销，需讲师 2 名到大云开设专题课程。',
    category: 'training',
    tags: ['新媒体营销', '民宿发展', '专题培训'],
    quantity: 2,
    unit: '人',
    validUntil: '2027-06-30',
    contact: { name: '沈卫忠', phone: '0573-8xxx2103' },
  },
  {
    key: 'lx-n-visitors',
    kind: 'need',
    ...pinghu,
    title: '赏花季游客引流与直通车加开班次',
    description:
      '广陈田园赏花季期间需旅行社客源，并请三镇春秋旅游直通车周末加开班次、增设广陈停靠点，把游客从廊下郊野公园引到广陈旅居点。',
    category: 'market',
    tags: ['赏花季', '客源引流', '旅游直通车'],
    validUntil: '2027-05-31',
    contact: { name: '吴静怡', phone: '0573-8xxx3103' },
  },
  {
    key: 'lx-n-outlets',
    kind: 'need',
    ...pinghu,
    title: '广陈芦笋、西瓜进上海社区展销渠道',
    description:
      '广陈芦笋、西瓜专业合作社需要进入上海社区和企业食堂的展销渠道，拟对接社区展销点 10 个，开辟新的销售渠道。',
    category: 'market',
    tags: ['农产品展销', '芦笋', '西瓜'],
    quantity: 10,
    unit: '个',
    validUntil: '2027-08-31',
    contact: { name: '张海明', phone: '0573-8xxx3104' },
  },
];

export const langxiaContent: DemoAllianceContent = {
  allianceKey: 'langxia',
  committee,
  memberUnits: langxiaMemberUnits,
  items,
  // biome-ignore format: one claim per line keeps the table short and easy to scan.
  claims: [
    { key: 'c-lx-training-dayun', itemKey: 'lx-r-training', claimantTenantId: JIASHAN, quantity: 6, note: '大云镇 6 名民宿、农家乐从业人员参加第一批培训', outcome: 'accepted', answerNote: '名额已确认，请按时报到' },
    { key: 'c-lx-training-guangchen', itemKey: 'lx-r-training', claimantTenantId: PINGHU, quantity: 6, note: '广陈镇 6 名乡村旅居从业人员参加第一批培训', outcome: 'accepted', answerNote: '名额已确认' },
    { key: 'c-lx-media-jinshan', itemKey: 'lx-n-media', claimantTenantId: JINSHAN, quantity: 2, note: '“金旅大课堂”安排新媒体营销讲师 2 名到大云授课', outcome: 'accepted', answerNote: '感谢支持，课程排在四月' },
    { key: 'c-lx-walk-dayun', itemKey: 'lx-n-walk', claimantTenantId: JIASHAN, quantity: 40, note: '大云镇组织 40 组家庭和企业职工队伍参赛', outcome: 'accepted' },
    { key: 'c-lx-routes-jinshan', itemKey: 'lx-r-routes', claimantTenantId: JINSHAN, quantity: 3, note: '江南莲湘、涵七、听风塘三家民宿申请纳入 3 条精品线路', outcome: 'accepted', answerNote: '已纳入线路 1、3、5' },
    { key: 'c-lx-visitors-jinshan', itemKey: 'lx-n-visitors', claimantTenantId: JINSHAN, note: '春秋旅游直通车赏花季周末加开班次，增设广陈停靠点', outcome: 'accepted' },
  ],
  projects: [
    {
      key: 'p-lx-training',
      category: 'training',
      title: '“金旅大课堂”三地乡村旅居从业人员联合培训',
      description:
        '大云、广陈从业人员使用“金旅大课堂”培训名额，金山同时为大云开设新媒体营销专题课，提升三地乡村旅居经营管理水平和旅游服务技能。',
      leadTenantId: JINSHAN,
      resourceClaimKey: 'c-lx-training-dayun',
      needClaimKey: 'c-lx-media-jinshan',
      startsOn: '2027-03-01',
      endsOn: '2027-06-30',
    },
    {
      key: 'p-lx-routes',
      category: 'market',
      title: '春秋旅游直通车串联赏花季三地精品线路',
      description:
        '廊下三家获证民宿纳入赏花季精品线路，三镇春秋旅游直通车赏花季周末加开班次并增设广陈停靠点，推动三地旅居产业客源共享。',
      leadTenantId: PINGHU,
      resourceClaimKey: 'c-lx-routes-jinshan',
      needClaimKey: 'c-lx-visitors-jinshan',
      startsOn: '2027-03-15',
      endsOn: '2027-05-31',
    },
  ],
};
