// Member units of the Langxia·Dayun·Guangchen alliance: its 32 rural tourism-stay operators (乡村旅居经营主体)
// and 13 Party organisations, each a record of the tenant that owns it, and what each tenant shows of them.
//
// Source: shared/seeds/001: "党委覆盖三地乡村旅居经营主体 32 家，党组织 13 家", "凝聚了三地 32 家农产品生产
// 经营与农业休闲旅游的专业合作社". Named in the document, so kept: the three licensed B&Bs of the Langxia country
// park (江南莲湘、涵七、听风塘), 锦江中华村农家乐, 博海农艺园 and 廊下生态园景区. Everything else is invented in the
// documents' style: the other 26 operators (the documents name none in 大云 or 广陈), the split 14 / 9 / 9,
// employees, Party members, the organisations' names, dates and secretaries. Two organisations are the tenant
// records' own (same keys, names, members and secretaries as jinshan-orgs.ts), so an enrolment finds them.
// Credit codes are valid GB 32100 codes of the owner's division (class 93 cooperatives, 92 individually run
// farms and B&Bs, 91 companies), generated once; they stay private: no tenant shows them.
// As in the tenant records, an organisation's members are the sum over the operators it sits in.
import type { DemoMemberOrg, DemoMemberUnits, DemoOperator, DemoSharing } from './alliance-types.ts';

const JINSHAN = 'sh-jinshan';
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';

// biome-ignore format: one operator per line keeps the table short and easy to scan.
export const langxiaOperators: readonly DemoOperator[] = [
  // 廊下镇 (Jinshan): 14
  { key: 'op-lx-lianxiang', ownerTenantId: JINSHAN, type: 'homestay', name: '江南莲湘民宿', kind: 'enterprise', creditCode: '92310116DXB0GRX2M0', town: '廊下镇', employeeCount: 8, partyMemberCount: 3, flags: [], mainBusiness: '廊下郊野公园获证民宿，莲湘文化体验' },
  { key: 'op-lx-hanqi', ownerTenantId: JINSHAN, type: 'homestay', name: '涵七民宿', kind: 'enterprise', creditCode: '92310116C5LCC5KALN', town: '廊下镇', employeeCount: 6, partyMemberCount: 2, flags: [], mainBusiness: '廊下郊野公园获证民宿，田园度假' },
  { key: 'op-lx-tingfengtang', ownerTenantId: JINSHAN, type: 'homestay', name: '听风塘民宿', kind: 'enterprise', creditCode: '92310116K6QJ03AF2F', town: '廊下镇', employeeCount: 7, partyMemberCount: 2, flags: [], mainBusiness: '廊下郊野公园获证民宿，亲子农事体验' },
  { key: 'op-lx-tianju', ownerTenantId: JINSHAN, type: 'homestay', name: '廊下田居民宿', kind: 'enterprise', creditCode: '92310116H77KWP5D0Q', town: '廊下镇', employeeCount: 5, partyMemberCount: 2, flags: [], mainBusiness: '乡村民宿，农家餐饮' },
  { key: 'op-lx-zhuli', ownerTenantId: JINSHAN, type: 'homestay', name: '廊下竹里民宿', kind: 'enterprise', creditCode: '92310116KJ32KKRLAN', town: '廊下镇', employeeCount: 4, partyMemberCount: 2, flags: [], mainBusiness: '乡村民宿，团建接待' },
  { key: 'op-lx-tianyuan', ownerTenantId: JINSHAN, type: 'cooperative', name: '上海廊下田园农业休闲专业合作社', kind: 'cooperative', creditCode: '93310116Q9X5WFX60L', town: '廊下镇', employeeCount: 46, partyMemberCount: 9, flags: [], mainBusiness: '农业休闲观光，果蔬采摘' },
  { key: 'op-lx-shengtaiyuan', ownerTenantId: JINSHAN, type: 'scenic_area', name: '廊下生态园景区', kind: 'enterprise', creditCode: '913101163B70MPE68J', town: '廊下镇', employeeCount: 85, partyMemberCount: 7, flags: [], mainBusiness: '郊野公园景区运营，节庆活动承办' },
  { key: 'op-lx-bohai', ownerTenantId: JINSHAN, type: 'leisure_farm', name: '博海农艺园', kind: 'enterprise', creditCode: '91310116RWXPN391XR', town: '廊下镇', employeeCount: 32, partyMemberCount: 4, flags: [], mainBusiness: '农艺观光，花卉苗木，农事研学' },
  { key: 'op-lx-zhonghua', ownerTenantId: JINSHAN, type: 'agritainment', name: '锦江中华村农家乐', kind: 'enterprise', creditCode: '913101165CPCCDR3WQ', town: '廊下镇', employeeCount: 18, partyMemberCount: 0, flags: [], mainBusiness: '农家餐饮，乡村休闲' },
  { key: 'op-lx-mushroom', ownerTenantId: JINSHAN, type: 'cooperative', name: '上海廊下菌菇专业合作社', kind: 'cooperative', creditCode: '93310116AJ1NKFJ2G0', town: '廊下镇', employeeCount: 38, partyMemberCount: 3, flags: [], mainBusiness: '食用菌种植与销售' },
  { key: 'op-lx-vegetables', ownerTenantId: JINSHAN, type: 'cooperative', name: '上海廊下蔬果专业合作社', kind: 'cooperative', creditCode: '93310116Y3THAD6WUN', town: '廊下镇', employeeCount: 25, partyMemberCount: 2, flags: [], mainBusiness: '蔬菜瓜果种植，社区直供' },
  { key: 'op-lx-rice', ownerTenantId: JINSHAN, type: 'cooperative', name: '上海廊下稻米专业合作社', kind: 'cooperative', creditCode: '9331011637868L4WXE', town: '廊下镇', employeeCount: 21, partyMemberCount: 2, flags: [], mainBusiness: '优质稻米种植与加工' },
  { key: 'op-lx-jinlang', ownerTenantId: JINSHAN, type: 'family_farm', name: '金山区廊下镇金廊家庭农场', kind: 'enterprise', creditCode: '92310116XFFN69XPRB', town: '廊下镇', employeeCount: 6, partyMemberCount: 1, flags: [], mainBusiness: '水稻种植，稻田认养' },
  { key: 'op-lx-hefeng', ownerTenantId: JINSHAN, type: 'family_farm', name: '金山区廊下镇禾丰家庭农场', kind: 'enterprise', creditCode: '91310116EB98C780UR', town: '廊下镇', employeeCount: 9, partyMemberCount: 0, flags: [], mainBusiness: '草莓、西甜瓜种植与采摘' },
  // 大云镇 (Jiashan): 9
  { key: 'op-dy-azalea', ownerTenantId: JIASHAN, type: 'cooperative', name: '嘉善县大云杜鹃花卉专业合作社', kind: 'cooperative', creditCode: '93330421A9E8PJ4N9W', town: '大云镇', employeeCount: 40, partyMemberCount: 4, flags: [], mainBusiness: '杜鹃花卉种植，赏花活动' },
  { key: 'op-dy-cutflower', ownerTenantId: JIASHAN, type: 'cooperative', name: '嘉善县大云鲜切花专业合作社', kind: 'cooperative', creditCode: '93330421H94KGR2Y94', town: '大云镇', employeeCount: 28, partyMemberCount: 3, flags: [], mainBusiness: '鲜切花种植与销售' },
  { key: 'op-dy-vegetables', ownerTenantId: JIASHAN, type: 'cooperative', name: '嘉善县大云果蔬专业合作社', kind: 'cooperative', creditCode: '933304211LGJJQALAB', town: '大云镇', employeeCount: 35, partyMemberCount: 5, flags: [], mainBusiness: '果蔬种植，农产品展销' },
  { key: 'op-dy-yunhu', ownerTenantId: JIASHAN, type: 'family_farm', name: '嘉善县大云云湖家庭农场', kind: 'enterprise', creditCode: '92330421PFXTAM5F38', town: '大云镇', employeeCount: 5, partyMemberCount: 0, flags: [], mainBusiness: '水产养殖，垂钓' },
  { key: 'op-dy-daoxiang', ownerTenantId: JIASHAN, type: 'family_farm', name: '嘉善县大云稻香家庭农场', kind: 'enterprise', creditCode: '92330421KA7WLXQBFH', town: '大云镇', employeeCount: 6, partyMemberCount: 0, flags: [], mainBusiness: '水稻种植，农事体验' },
  { key: 'op-dy-huahai', ownerTenantId: JIASHAN, type: 'homestay', name: '大云花海民宿', kind: 'enterprise', creditCode: '92330421AM8AP8DNYL', town: '大云镇', employeeCount: 6, partyMemberCount: 2, flags: [], mainBusiness: '乡村民宿，赏花住宿' },
  { key: 'op-dy-yunqi', ownerTenantId: JIASHAN, type: 'homestay', name: '大云云栖民宿', kind: 'enterprise', creditCode: '92330421PAEFMUY2TW', town: '大云镇', employeeCount: 5, partyMemberCount: 1, flags: [], mainBusiness: '乡村民宿，亲子度假' },
  { key: 'op-dy-shuixiang', ownerTenantId: JIASHAN, type: 'agritainment', name: '大云水乡农家乐', kind: 'enterprise', creditCode: '923304211N76BPYQL3', town: '大云镇', employeeCount: 12, partyMemberCount: 2, flags: [], mainBusiness: '农家餐饮，水乡游船' },
  { key: 'op-dy-farmstead', ownerTenantId: JIASHAN, type: 'leisure_farm', name: '嘉善大云田园休闲农庄', kind: 'enterprise', creditCode: '91330421YJWWYR6MJ2', town: '大云镇', employeeCount: 48, partyMemberCount: 3, flags: [], mainBusiness: '休闲农庄，研学团建' },
  // 广陈镇 (Pinghu): 9
  { key: 'op-gc-asparagus', ownerTenantId: PINGHU, type: 'cooperative', name: '平湖市广陈芦笋专业合作社', kind: 'cooperative', creditCode: '93330482REPF9FY02U', town: '广陈镇', employeeCount: 52, partyMemberCount: 6, flags: [], mainBusiness: '芦笋种植与冷链销售' },
  { key: 'op-gc-watermelon', ownerTenantId: PINGHU, type: 'cooperative', name: '平湖市广陈西瓜专业合作社', kind: 'cooperative', creditCode: '93330482EWTTAXQ5CR', town: '广陈镇', employeeCount: 36, partyMemberCount: 4, flags: [], mainBusiness: '西瓜种植，采摘节' },
  { key: 'op-gc-rice', ownerTenantId: PINGHU, type: 'cooperative', name: '平湖市广陈稻米专业合作社', kind: 'cooperative', creditCode: '93330482PLT2CFEJAA', town: '广陈镇', employeeCount: 22, partyMemberCount: 2, flags: [], mainBusiness: '稻米种植与加工' },
  { key: 'op-gc-maohe', ownerTenantId: PINGHU, type: 'family_farm', name: '平湖市广陈泖河家庭农场', kind: 'enterprise', creditCode: '92330482C0WNM8CM5J', town: '广陈镇', employeeCount: 7, partyMemberCount: 1, flags: [], mainBusiness: '蔬菜种植，稻田养虾' },
  { key: 'op-gc-shantang', ownerTenantId: PINGHU, type: 'family_farm', name: '平湖市广陈山塘家庭农场', kind: 'enterprise', creditCode: '92330482ULT5CPG07U', town: '广陈镇', employeeCount: 8, partyMemberCount: 2, flags: [], mainBusiness: '果蔬采摘，农事体验' },
  { key: 'op-gc-shantangrenjia', ownerTenantId: PINGHU, type: 'homestay', name: '广陈山塘人家民宿', kind: 'enterprise', creditCode: '92330482NHPA5T0BAG', town: '广陈镇', employeeCount: 6, partyMemberCount: 2, flags: [], mainBusiness: '沪浙毗邻老街民宿' },
  { key: 'op-gc-daoxiang', ownerTenantId: PINGHU, type: 'homestay', name: '广陈稻香民宿', kind: 'enterprise', creditCode: '92330482TLJ3BHX34A', town: '广陈镇', employeeCount: 4, partyMemberCount: 1, flags: [], mainBusiness: '乡村民宿，稻田景观' },
  { key: 'op-gc-xiangwei', ownerTenantId: PINGHU, type: 'agritainment', name: '广陈乡味农家乐', kind: 'enterprise', creditCode: '923304829JYFM9196F', town: '广陈镇', employeeCount: 10, partyMemberCount: 1, flags: [], mainBusiness: '农家餐饮，时令农产品' },
  { key: 'op-gc-park', ownerTenantId: PINGHU, type: 'leisure_farm', name: '平湖广陈农业休闲观光园', kind: 'enterprise', creditCode: '91330482BCN3J42MXA', town: '广陈镇', employeeCount: 60, partyMemberCount: 3, flags: [], mainBusiness: '农业观光，赏花季活动' },
];

// biome-ignore format: one organisation per line keeps the table short and easy to scan.
export const langxiaOrgs: readonly DemoMemberOrg[] = [
  // 廊下镇 (Jinshan): 5, the first two as in jinshan-orgs.ts
  { key: 'langxia-minsu-joint', ownerTenantId: JINSHAN, name: '中共金山区廊下镇乡村民宿联合支部委员会', kind: 'joint_branch', memberCount: 11, establishedOn: '2019-03-19', secretaryName: '姚春林', town: '廊下镇', hostUnitKeys: ['op-lx-lianxiang', 'op-lx-hanqi', 'op-lx-tingfengtang', 'op-lx-tianju', 'op-lx-zhuli'] },
  { key: 'langxia-tianyuan-coop', ownerTenantId: JINSHAN, name: '中共上海廊下田园农业休闲专业合作社支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2019-05-14', secretaryName: '金伟明', town: '廊下镇', hostUnitKeys: ['op-lx-tianyuan'] },
  { key: 'langxia-shengtaiyuan', ownerTenantId: JINSHAN, name: '中共廊下生态园景区支部委员会', kind: 'branch', memberCount: 7, establishedOn: '2017-06-28', secretaryName: '蒋红梅', town: '廊下镇', hostUnitKeys: ['op-lx-shengtaiyuan'] },
  { key: 'langxia-bohai', ownerTenantId: JINSHAN, name: '中共博海农艺园支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2018-11-20', secretaryName: '曹志刚', town: '廊下镇', hostUnitKeys: ['op-lx-bohai'] },
  { key: 'langxia-coop-joint', ownerTenantId: JINSHAN, name: '中共金山区廊下镇农业专业合作社联合支部委员会', kind: 'joint_branch', memberCount: 8, establishedOn: '2018-12-18', secretaryName: '王根宝', town: '廊下镇', hostUnitKeys: ['op-lx-mushroom', 'op-lx-vegetables', 'op-lx-rice', 'op-lx-jinlang'] },
  // 大云镇 (Jiashan): 4
  { key: 'dayun-flower-joint', ownerTenantId: JIASHAN, name: '中共嘉善县大云镇花卉产业联合支部委员会', kind: 'joint_branch', memberCount: 7, establishedOn: '2018-09-26', secretaryName: '顾建华', town: '大云镇', hostUnitKeys: ['op-dy-azalea', 'op-dy-cutflower'] },
  { key: 'dayun-vegetables', ownerTenantId: JIASHAN, name: '中共嘉善县大云果蔬专业合作社支部委员会', kind: 'branch', memberCount: 5, establishedOn: '2017-07-11', secretaryName: '戚永明', town: '大云镇', hostUnitKeys: ['op-dy-vegetables'] },
  { key: 'dayun-minsu-joint', ownerTenantId: JIASHAN, name: '中共嘉善县大云镇民宿农家乐联合支部委员会', kind: 'joint_branch', memberCount: 5, establishedOn: '2019-04-16', secretaryName: '褚丽娟', town: '大云镇', hostUnitKeys: ['op-dy-huahai', 'op-dy-yunqi', 'op-dy-shuixiang'] },
  { key: 'dayun-farmstead', ownerTenantId: JIASHAN, name: '中共嘉善大云田园休闲农庄支部委员会', kind: 'branch', memberCount: 3, establishedOn: '2019-06-25', secretaryName: '钱国良', town: '大云镇', hostUnitKeys: ['op-dy-farmstead'] },
  // 广陈镇 (Pinghu): 4
  { key: 'guangchen-asparagus', ownerTenantId: PINGHU, name: '中共平湖市广陈芦笋专业合作社支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2018-05-22', secretaryName: '张海明', town: '广陈镇', hostUnitKeys: ['op-gc-asparagus'] },
  { key: 'guangchen-watermelon', ownerTenantId: PINGHU, name: '中共平湖市广陈西瓜专业合作社支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2018-08-14', secretaryName: '陆金观', town: '广陈镇', hostUnitKeys: ['op-gc-watermelon'] },
  { key: 'guangchen-farm-joint', ownerTenantId: PINGHU, name: '中共平湖市广陈镇家庭农场联合支部委员会', kind: 'joint_branch', memberCount: 5, establishedOn: '2019-03-27', secretaryName: '屠建新', town: '广陈镇', hostUnitKeys: ['op-gc-rice', 'op-gc-maohe', 'op-gc-shantang'] },
  { key: 'guangchen-stay-joint', ownerTenantId: PINGHU, name: '中共平湖市广陈镇乡村旅居联合支部委员会', kind: 'joint_branch', memberCount: 7, establishedOn: '2019-05-30', secretaryName: '吴静怡', town: '广陈镇', hostUnitKeys: ['op-gc-shantangrenjia', 'op-gc-daoxiang', 'op-gc-xiangwei', 'op-gc-park'] },
];

/** Each tenant decides what the alliance sees: Jinshan shows most, Pinghu least; no one shows credit codes. */
export const langxiaSharing: Readonly<Record<string, DemoSharing>> = {
  [JINSHAN]: {
    operatorFields: ['name', 'type', 'town', 'mainBusiness', 'employeeCount', 'partyMemberCount'],
    orgFields: ['name', 'kind', 'town', 'memberCount', 'secretaryName'],
  },
  [JIASHAN]: {
    operatorFields: ['name', 'type', 'town', 'mainBusiness'],
    orgFields: ['name', 'kind', 'town', 'memberCount'],
  },
  [PINGHU]: {
    operatorFields: ['name', 'type', 'town', 'mainBusiness', 'employeeCount'],
    orgFields: ['name', 'kind', 'town'],
  },
};

export const langxiaMemberUnits: DemoMemberUnits = {
  operators: langxiaOperators,
  orgs: langxiaOrgs,
  sharing: langxiaSharing,
};
