// The Minhang "city corridor" (枢纽党建·城市连廊) workspace: lists, claims and a project.
//
// Source: shared/seeds/004. From the document: the 80 cadre training sites, the Yangtze Delta AI Party-building
// alliance (新虹街道, serving over 1,600 companies), the pharma-chain alliance (东富龙 with 40+ organisations, over
// 500 million yuan of deals in its first two months), the business service centre (35 matters handled across
// provinces), the import-goods exhibition centre's 17 branch centres, the 8 online "会客厅" sessions. Invented:
// the quantities the document does not give (new branch centres, sessions, people, companies), contacts, dates
// and who claims what. The documents describe no rotating chair for the corridor, so it has none.
import type { DemoAllianceContent, DemoItem } from './alliance-types.ts';

const minhang = { ownerTenantId: 'sh-minhang', region: '310112' } as const;

const items: readonly DemoItem[] = [
  {
    key: 'mh-r-training-sites',
    kind: 'resource',
    ...minhang,
    title: '“枢纽党建·城市连廊”基层干部实训点',
    description:
      '闵行区委组织部与连廊 7 城市组织部门共建的 80 个基层干部实训点，分布在虹桥国际中央商务区、产业集群党建联盟和党群服务站点，接收连廊城市基层干部跟岗实训。',
    category: 'training',
    tags: ['干部实训', '枢纽党建', '城市连廊'],
    quantity: 80,
    unit: '个',
    validUntil: '2027-12-31',
    contact: { name: '华晓军', phone: '021-6xxx3301' },
  },
  {
    key: 'mh-r-ai-alliance',
    kind: 'resource',
    ...minhang,
    title: '长三角人工智能党建联盟企业对接服务',
    description:
      '新虹街道党工委联合沪苏浙皖人工智能相关协会、学会、重点企业党组织发起成立，推动产、学、研、用无缝衔接，已覆盖服务超过 1600 家人工智能相关企业。',
    category: 'technology',
    tags: ['人工智能', '党建联盟', '产学研用'],
    validUntil: '2027-12-31',
    contact: { name: '俞佳', phone: '021-6xxx3302' },
  },
  {
    key: 'mh-r-pharma',
    kind: 'resource',
    ...minhang,
    title: '长三角医药产业链党建联盟项目洽谈',
    description:
      '东富龙党委联合长三角医药产业链上 40 余家单位党组织结成，组织专题研讨、考察交流、项目洽谈、行业研究；成立 2 个月，成员单位产学研销合作金额超 5 亿元。',
    category: 'market',
    tags: ['医药产业链', '项目洽谈', '抱团发展'],
    validUntil: '2027-12-31',
    contact: { name: '董慧敏', phone: '021-6xxx3303' },
  },
  {
    key: 'mh-r-cross-province',
    kind: 'resource',
    ...minhang,
    title: '虹桥国际中央商务区企业服务中心跨省通办',
    description:
      '企业服务中心 400 多项政务服务事项无差别受理，跨省政务服务平台可异地办理企业设立、变更等事项 35 项，自助终端覆盖长三角三省八个地市所辖 39 个县市。',
    category: 'policy',
    tags: ['跨省通办', '企业服务', '政务服务'],
    validUntil: '2027-12-31',
    contact: { name: '华晓军', phone: '021-6xxx3304' },
  },
  {
    key: 'mh-r-expo-centres',
    kind: 'resource',
    ...minhang,
    title: '虹桥进口商品展示交易中心分中心共建',
    description:
      '放大进博会溢出效应，虹桥进口商品展示交易中心已设立昆山、黄山等 17 家分中心；今年拟与连廊城市再共建 3 家分中心。',
    category: 'market',
    tags: ['进博会', '分中心', '进口商品'],
    quantity: 3,
    unit: '个',
    validUntil: '2027-10-31',
    contact: { name: '俞佳', phone: '021-6xxx3305' },
  },
  {
    key: 'mh-r-online-salon',
    kind: 'resource',
    ...minhang,
    title: '“枢纽党建·在线会客厅”连廊城市专场',
    description:
      '链主企业已推出“卫生政策圆桌会议”“研发费用加计扣除政策”“抗体药工艺线上沙龙”等 8 期在线会客厅，今年为连廊城市企业开设 4 期专场。',
    category: 'training',
    tags: ['在线会客厅', '政策解读', '链主企业'],
    quantity: 4,
    unit: '期',
    validUntil: '2027-12-31',
    contact: { name: '董慧敏', phone: '021-6xxx3306' },
  },
  {
    key: 'mh-n-cadres',
    kind: 'need',
    ownerTenantId: 'js-yancheng',
    region: '320900',
    title: '基层干部赴闵行跟岗实训',
    description: '盐城市选派 30 名基层干部到虹桥国际中央商务区实训点跟岗，学习枢纽党建和企业服务。',
    category: 'training',
    tags: ['干部实训', '跟岗学习', '枢纽党建'],
    quantity: 30,
    unit: '人',
    validUntil: '2027-09-30',
    contact: { name: '孙立新', phone: '0515-8xxx1101' },
  },
  {
    key: 'mh-n-digital',
    kind: 'need',
    ownerTenantId: 'zj-quzhou',
    region: '330800',
    title: '制造企业人工智能数字化改造方案',
    description: '衢州 20 家制造企业需要人工智能企业提供数字化改造方案和现场诊断。',
    category: 'technology',
    tags: ['人工智能', '数字化改造', '制造业'],
    quantity: 20,
    unit: '家',
    validUntil: '2027-12-31',
    contact: { name: '毛丽芳', phone: '0570-3xxx1201' },
  },
  {
    key: 'mh-n-pharma-partners',
    kind: 'need',
    ownerTenantId: 'js-nantong',
    region: '320600',
    title: '生物医药企业研发与工艺合作伙伴',
    description: '南通生物医药企业寻找长三角医药产业链上的研发、工艺合作伙伴，开展抗体药工艺联合攻关。',
    category: 'technology',
    tags: ['生物医药', '抗体药', '医药产业链'],
    validUntil: '2027-12-31',
    contact: { name: '曹建东', phone: '0513-8xxx1301' },
  },
  {
    key: 'mh-n-ningbo-centre',
    kind: 'need',
    ownerTenantId: 'zj-ningbo',
    region: '330200',
    title: '设立虹桥进口商品展示交易中心宁波分中心',
    description: '宁波希望承接进博会溢出效应，设立 1 家虹桥进口商品展示交易中心分中心。',
    category: 'market',
    tags: ['进博会', '分中心', '进口商品'],
    quantity: 1,
    unit: '个',
    validUntil: '2027-10-31',
    contact: { name: '胡海燕', phone: '0574-8xxx1401' },
  },
];

export const minhangContent: DemoAllianceContent = {
  allianceKey: 'minhang',
  items,
  // biome-ignore format: one claim per line keeps the table short and easy to scan.
  claims: [
    { key: 'c-mh-sites-yancheng', itemKey: 'mh-r-training-sites', claimantTenantId: 'js-yancheng', quantity: 10, note: '盐城认领 10 个实训点，分两批派员', outcome: 'accepted', answerNote: '已安排商务区和生物医药集群实训点' },
    { key: 'c-mh-cadres-minhang', itemKey: 'mh-n-cadres', claimantTenantId: 'sh-minhang', quantity: 30, note: '闵行接收 30 名盐城基层干部跟岗实训', outcome: 'accepted' },
    { key: 'c-mh-centre-minhang', itemKey: 'mh-n-ningbo-centre', claimantTenantId: 'sh-minhang', quantity: 1, note: '虹桥进口商品展示交易中心可与宁波共建分中心，请提供选址方案', outcome: 'pending' },
  ],
  projects: [
    {
      key: 'p-mh-cadres',
      category: 'training',
      title: '盐城基层干部闵行枢纽党建实训',
      description:
        '盐城 30 名基层干部分两批到闵行 10 个基层干部实训点跟岗，学习枢纽党建、企业服务和跨省通办。',
      leadTenantId: 'sh-minhang',
      resourceClaimKey: 'c-mh-sites-yancheng',
      needClaimKey: 'c-mh-cadres-minhang',
      startsOn: '2027-04-01',
      endsOn: '2027-09-30',
    },
  ],
};
