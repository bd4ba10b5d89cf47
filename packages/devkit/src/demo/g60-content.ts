// The G60 science and innovation corridor's workspace: its rotating chair, lists, claims and a project.
//
// Source: shared/seeds/001 (Songjiang). From the document: the nine cities in the order it lists them
// ("松江、嘉兴、杭州、金华、苏州、湖州、宣城、芜湖、合肥"), the 2019 joint meeting in Wuhu and the action plan it issued,
// the new-materials and AI industry alliances, the 547 academician and 771 post-doctoral workstations, the
// G60 brain-intelligence base, 之江实验室 and the nanotechnology institute, the secretaries' studios, the
// Jinggangshan course, and the two firm stories the needs echo (a sensor project, a second-hand plating line).
// Invented: the chair's calendar-year terms (the document only has 2019 in Wuhu), which city owns each item
// beyond Songjiang and Wuhu (the institute's city included), the quantities the document does not give (studio
// and course places, stations wanted), contacts, dates and who claims what.
import type { DemoAllianceContent, DemoChairSchedule, DemoItem } from './alliance-types.ts';

/** The nine cities in the document's order; the chair passes along it, back to the start after Hefei. */
export const G60_CITIES = [
  'sh-songjiang',
  'zj-jiaxing',
  'zj-hangzhou',
  'zj-jinhua',
  'js-suzhou',
  'zj-huzhou',
  'ah-xuancheng',
  'ah-wuhu',
  'ah-hefei',
] as const;

/**
 * A yearly rotation along `cities` whose first term is the anchor's year, held by the anchor: the schedule
 * starts where the documents fix it and the order continues from there.
 *
 * @example rotationFrom(['a', 'b', 'c'], 'b', 2019) // { startsOn: '2019-01-01', order: ['b', 'c', 'a'], … }
 */
export const rotationFrom = (
  cities: readonly string[],
  anchor: string,
  year: number,
  office = '轮值主席（联席会议承办城市）',
): DemoChairSchedule => {
  const at = cities.indexOf(anchor);
  if (at < 0) throw new Error(`rotationFrom: ${anchor} is not among the cities`);
  return {
    office,
    termMonths: 12,
    startsOn: `${year}-01-01`,
    order: [...cities.slice(at), ...cities.slice(0, at)],
  };
};

/** Wuhu hosted the 2019 joint meeting, so its term is 2019; Hefei follows in 2020, then Songjiang. */
export const g60ChairSchedule = rotationFrom(G60_CITIES, 'ah-wuhu', 2019);

const songjiang = { ownerTenantId: 'sh-songjiang', region: '310117' } as const;

const items: readonly DemoItem[] = [
  {
    key: 'g60-r-academician',
    kind: 'resource',
    ...songjiang,
    title: '九城市院士专家工作站技术对接',
    description:
      '聚合 G60 科创走廊九城市 547 个院士专家工作站等产学研力量，成员城市企业可按产业方向认领对接，开展技术攻关和成果转化。',
    category: 'technology',
    tags: ['院士专家工作站', '产学研', '成果转化'],
    quantity: 547,
    unit: '个',
    validUntil: '2027-12-31',
    contact: { name: '潘志勇', phone: '021-5xxx2201' },
  },
  {
    key: 'g60-r-postdoc',
    kind: 'resource',
    ...songjiang,
    title: '九城市博士后工作站联合招收',
    description: '九城市 771 个博士后工作站向走廊内重点企业开放联合招收、联合培养，推动人才共享和产才融合。',
    category: 'talent',
    tags: ['博士后工作站', '人才共享', '联合培养'],
    quantity: 771,
    unit: '个',
    validUntil: '2027-12-31',
    contact: { name: '潘志勇', phone: '021-5xxx2202' },
  },
  {
    key: 'g60-r-studio',
    kind: 'resource',
    ...songjiang,
    title: 'G60 优秀“两新”党组织书记工作室跟岗学习',
    description:
      '松江区集中授牌成立的一批长三角 G60 科创走廊优秀“两新”党组织书记工作室，接收成员城市新兴领域党组织书记跟岗学习，每批 30 人。',
    category: 'training',
    tags: ['书记工作室', '两新党建', '跟岗学习'],
    quantity: 30,
    unit: '人',
    validUntil: '2027-11-30',
    contact: { name: '邹雅琴', phone: '021-5xxx2203' },
  },
  {
    key: 'g60-r-jinggangshan',
    kind: 'resource',
    ...songjiang,
    title: '产业集群重点企业业主井冈山研修班名额',
    description:
      '以“党建引领 G60，产业集群促发展”为主题的产业集群重点企业业主暨非公经济代表人士井冈山研修班，向成员城市开放 40 个名额。',
    category: 'training',
    tags: ['井冈山研修班', '非公经济代表人士', '产业集群'],
    quantity: 40,
    unit: '人',
    validUntil: '2027-09-30',
    contact: { name: '邹雅琴', phone: '021-5xxx2204' },
  },
  {
    key: 'g60-r-zhijiang',
    kind: 'resource',
    ownerTenantId: 'zj-hangzhou',
    region: '330100',
    title: '之江实验室开放课题与联合攻关',
    description:
      '依托之江实验室，面向 G60 九城市人工智能产业联盟企业发布开放课题，开展关键核心技术联合攻关。',
    category: 'technology',
    tags: ['之江实验室', '人工智能', '联合攻关'],
    validUntil: '2027-12-31',
    contact: { name: '楼晓东', phone: '0571-8xxx0301' },
  },
  {
    key: 'g60-r-nano',
    kind: 'resource',
    ownerTenantId: 'js-suzhou',
    region: '320500',
    title: '纳米技术研究院检测与中试平台共享',
    description: '依托纳米技术研究院，向新材料产业联盟成员企业开放材料检测和中试平台，缩短研发到量产的周期。',
    category: 'technology',
    tags: ['纳米技术', '新材料', '中试平台'],
    validUntil: '2027-12-31',
    contact: { name: '吴佳颖', phone: '0512-6xxx0401' },
  },
  {
    key: 'g60-r-action-plan',
    kind: 'resource',
    ownerTenantId: 'ah-wuhu',
    region: '340200',
    title: '《G60 科创走廊产业集群高质量一体化发展行动纲要》宣讲',
    description:
      '2019 年 6 月底在芜湖召开的长三角 G60 科创走廊联席会议发布行动纲要，开启 G60 科创走廊 3.0 升级版。芜湖组织宣讲团到成员城市解读。',
    category: 'policy',
    tags: ['行动纲要', '联席会议', '产业集群'],
    validUntil: '2027-06-30',
    contact: { name: '汪国庆', phone: '0553-3xxx0501' },
  },
  {
    key: 'g60-n-materials',
    kind: 'need',
    ownerTenantId: 'ah-xuancheng',
    region: '341800',
    title: '新材料企业院士专家工作站技术攻关',
    description:
      '宣城新材料产业联盟成员企业在材料配方和工艺放大上遇到瓶颈，需对接 3 个院士专家工作站开展技术攻关。',
    category: 'technology',
    tags: ['新材料', '院士专家工作站', '技术攻关'],
    quantity: 3,
    unit: '个',
    validUntil: '2027-09-30',
    contact: { name: '方丽君', phone: '0563-3xxx0601' },
  },
  {
    key: 'g60-n-postdoc',
    kind: 'need',
    ownerTenantId: 'ah-hefei',
    region: '340100',
    title: '人工智能企业博士后联合培养',
    description: '合肥人工智能产业联盟企业需与九城市博士后工作站联合培养博士后 10 名。',
    category: 'talent',
    tags: ['博士后', '人工智能', '联合培养'],
    quantity: 10,
    unit: '人',
    validUntil: '2027-12-31',
    contact: { name: '许文涛', phone: '0551-6xxx0701' },
  },
  {
    key: 'g60-n-sensors',
    kind: 'need',
    ownerTenantId: 'zj-jinhua',
    region: '330700',
    title: '汽车动态视觉与雷达传感技术合作',
    description:
      '金华汽车零部件企业希望在自动驾驶感知层应用上与走廊内人工智能产业集群企业合作，参照松江保隆汽车党支部牵头攻关汽车动态视觉与雷达传感器项目的做法。',
    category: 'technology',
    tags: ['人工智能', '自动驾驶', '传感器'],
    validUntil: '2027-10-31',
    contact: { name: '应建伟', phone: '0579-8xxx0801' },
  },
  {
    key: 'g60-n-plating-line',
    kind: 'need',
    ownerTenantId: 'zj-huzhou',
    region: '330500',
    title: '集成电路企业闲置产线设备对接',
    description:
      '湖州一家集成电路企业的子公司缺乏生产设备，需在走廊内对接一条闲置电镀线，参照尼西半导体通过产业集群党组织从新阳半导体购买电镀线的做法。',
    category: 'market',
    tags: ['集成电路', '电镀线', '设备共享'],
    quantity: 1,
    unit: '条',
    validUntil: '2027-06-30',
    contact: { name: '沈一鸣', phone: '0572-2xxx0901' },
  },
  {
    key: 'g60-n-secretaries',
    kind: 'need',
    ownerTenantId: 'zj-jiaxing',
    region: '330400',
    title: '新兴领域党组织书记跟岗培训',
    description: '嘉兴市需选派 20 名新兴领域党组织书记到 G60 书记工作室跟岗学习，提升产业集群党建能力。',
    category: 'training',
    tags: ['书记工作室', '跟岗学习', '两新党建'],
    quantity: 20,
    unit: '人',
    validUntil: '2027-11-30',
    contact: { name: '钟敏华', phone: '0573-8xxx1001' },
  },
];

export const g60Content: DemoAllianceContent = {
  allianceKey: 'g60',
  chairSchedule: g60ChairSchedule,
  items,
  // biome-ignore format: one claim per line keeps the table short and easy to scan.
  claims: [
    { key: 'c-g60-academician-xuancheng', itemKey: 'g60-r-academician', claimantTenantId: 'ah-xuancheng', quantity: 3, note: '宣城新材料企业对接 3 个院士专家工作站', outcome: 'accepted', answerNote: '已推荐材料、化工方向工作站各一' },
    { key: 'c-g60-materials-songjiang', itemKey: 'g60-n-materials', claimantTenantId: 'sh-songjiang', quantity: 3, note: '松江组织 3 个院士专家工作站赴宣城对接', outcome: 'accepted' },
    { key: 'c-g60-postdoc-hefei', itemKey: 'g60-r-postdoc', claimantTenantId: 'ah-hefei', quantity: 10, note: '合肥 10 家人工智能企业申请联合招收博士后', outcome: 'declined', answerNote: '博士后招收由各工作站按年度计划申报，请通过合肥市人社部门统一对接' },
    { key: 'c-g60-studio-jiaxing', itemKey: 'g60-r-studio', claimantTenantId: 'zj-jiaxing', quantity: 20, note: '嘉兴选派 20 名新兴领域党组织书记跟岗学习', outcome: 'accepted', answerNote: '安排在第二批' },
  ],
  projects: [
    {
      key: 'p-g60-materials',
      category: 'technology',
      title: '院士专家工作站助力宣城新材料企业攻关',
      description:
        '松江牵线 3 个院士专家工作站与宣城新材料产业联盟企业结对，围绕材料配方和工艺放大联合攻关，推动成果在宣城转化。',
      leadTenantId: 'sh-songjiang',
      resourceClaimKey: 'c-g60-academician-xuancheng',
      needClaimKey: 'c-g60-materials-songjiang',
      startsOn: '2027-04-01',
      endsOn: '2027-12-31',
    },
  ],
};
