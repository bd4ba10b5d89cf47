// Demo records for Qixia (栖霞区, Nanjing, 320113): seven key industry chains, each with its functional Party
// branch, their member enterprises and the enterprises' Party organisations.
//
// Source: shared/seeds/002. "聚焦新型电子信息、高端装备制造、生物医药、人工智能等7条重点产业链,在每条产业链上组建
// 功能性党支部,由担任'链长'的区领导任党支部书记、牵头部门主要领导任党支部副书记 ... 企业党组织覆盖率达到93%".
//   - The four chains the document names come first; 集成电路, 软件和信息服务 and 节能环保 are plausible fill-ins.
//   - Each functional branch's secretary is its chain's leader (链长, a district leader), as the document says.
//     The leaders' names, their titles and the lead departments are invented (the document names none).
//   - Coverage: a unit counts as covered when an organisation names it as host. Every Qixia unit here is an
//     enterprise that belongs to at least one chain, so coverage over the tenant's units, over its enterprises and
//     over the chains' member units is the same figure: 78 covered of 84 = 92.86%, i.e. 93% when rounded.
//     The functional branches host no unit: they serve a chain, they do not cover an enterprise.
//   - Four enterprises are in two chains (two IC firms also in 新型电子信息, two AI firms also in 软件和信息服务):
//     the chains list 88 memberships over 84 units.
//   - Firms the document names keep their names: 南京正大天晴制药有限公司 (its Party committee chairs the
//     生物医药 alliance), 中铁宝桥 and 南京高光半导体 (national 专精特新 "小巨人"), 杉金光电, 华信藤仓 (智能制造示范
//     工厂), 奥斯汀光电, 江苏量为石科技股份有限公司 and 南京源恒环境研究所有限公司 (Party branches pairing with
//     universities). Their member counts are invented; they get no credit code, employee count, town, founding date
//     or secretary, so nothing official-looking is made up about them. Every other firm is invented (南京 + an
//     invented two-character brand + the trade), with a valid GB 32100 credit code for division 320113.
//   - Organisations: the district's 两新 work committee at the root; under it the 7 functional branches, the
//     document's firms' organisations and 6 area committees (经开区, 栖霞高新区 and four streets) holding the other
//     firms' branches (committee from 100 members, general branch from 50) and 3 joint branches for firms with
//     fewer than three members each.
import type { DemoChain, DemoRecordOrg, DemoTenantRecords, DemoUnit } from './record-types.ts';

// biome-ignore format: one unit per line keeps the table short and easy to scan.
export const qixiaUnits: readonly DemoUnit[] = [
  { key: 'qx-u01', name: '杉金光电（南京）有限公司', kind: 'enterprise', partyMemberCount: 46, flags: ['above_size'] }, // 新型电子信息产业链
  { key: 'qx-u02', name: '南京华信藤仓光通信有限公司', kind: 'enterprise', partyMemberCount: 38, flags: ['above_size'] }, // 新型电子信息产业链
  { key: 'qx-u03', name: '奥斯汀光电科技有限公司', kind: 'enterprise', partyMemberCount: 12, flags: [] }, // 新型电子信息产业链
  { key: 'qx-u04', name: '中铁宝桥（南京）有限公司', kind: 'enterprise', ownership: 'state', partyMemberCount: 128, flags: ['above_size', 'little_giant'] }, // 高端装备制造产业链
  { key: 'qx-u05', name: '南京正大天晴制药有限公司', kind: 'enterprise', partyMemberCount: 312, flags: ['above_size'] }, // 生物医药产业链
  { key: 'qx-u06', name: '南京高光半导体材料有限公司', kind: 'enterprise', partyMemberCount: 17, flags: ['little_giant'] }, // 集成电路产业链
  { key: 'qx-u07', name: '江苏量为石科技股份有限公司', kind: 'enterprise', partyMemberCount: 9, flags: [] }, // 软件和信息服务产业链
  { key: 'qx-u08', name: '南京源恒环境研究所有限公司', kind: 'enterprise', partyMemberCount: 11, flags: [] }, // 节能环保产业链
  { key: 'qx-u09', name: '南京泰越显示科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201138KU4PH58GN', town: '南京经济技术开发区', employeeCount: 92, partyMemberCount: 7, flags: [] }, // 新型电子信息产业链
  { key: 'qx-u10', name: '南京申弘电子材料有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113TMR9CQXAB0', town: '南京经济技术开发区', employeeCount: 187, partyMemberCount: 9, flags: ['above_size', 'high_tech'] }, // 新型电子信息产业链
  { key: 'qx-u11', name: '南京源通通信设备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201132T0YF39GA6', town: '尧化街道', employeeCount: 190, partyMemberCount: 8, flags: ['above_size', 'high_tech'] }, // 新型电子信息产业链
  { key: 'qx-u12', name: '南京嘉邦精密电子有限公司', kind: 'enterprise', ownership: 'private', creditCode: '9132011313M46Y2EEA', town: '尧化街道', employeeCount: 62, partyMemberCount: 6, flags: ['above_size', 'high_tech'] }, // 新型电子信息产业链
  { key: 'qx-u13', name: '南京东峰精密电子有限公司', kind: 'enterprise', ownership: 'private', creditCode: '9132011380G7YHYCKL', town: '南京经济技术开发区', employeeCount: 140, partyMemberCount: 14, flags: ['above_size', 'high_tech'] }, // 新型电子信息产业链
  { key: 'qx-u14', name: '南京捷和显示科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113HD1Y6RX007', town: '南京经济技术开发区', employeeCount: 75, partyMemberCount: 7, flags: [] }, // 新型电子信息产业链
  { key: 'qx-u15', name: '南京鑫泰电子有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201139NR9415U90', town: '尧化街道', employeeCount: 64, partyMemberCount: 3, flags: ['high_tech'] }, // 新型电子信息产业链
  { key: 'qx-u16', name: '南京晟晖电子有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201133KB67EWC9F', town: '尧化街道', employeeCount: 116, partyMemberCount: 8, flags: ['above_size', 'high_tech'] }, // 新型电子信息产业链
  { key: 'qx-u17', name: '南京捷弘光学膜材料有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '91320113ENQD1L1DC3', town: '南京经济技术开发区', employeeCount: 70, partyMemberCount: 2, flags: ['above_size'] }, // 新型电子信息产业链
  { key: 'qx-u18', name: '南京德弘精密电子有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '9132011354CTRR639M', town: '南京经济技术开发区', employeeCount: 55, partyMemberCount: 2, flags: ['above_size'] }, // 新型电子信息产业链
  { key: 'qx-u19', name: '南京浦程电子材料有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201138675NEEQ3G', town: '南京经济技术开发区', employeeCount: 57, partyMemberCount: 0, flags: ['above_size', 'high_tech'] }, // 新型电子信息产业链；未建党组织
  { key: 'qx-u20', name: '南京卓丰数控设备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113APY33DR3WF', town: '龙潭街道', employeeCount: 811, partyMemberCount: 45, flags: ['above_size', 'high_tech'] }, // 高端装备制造产业链
  { key: 'qx-u21', name: '南京浦信工程机械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201138GWDEBGCMY', town: '龙潭街道', employeeCount: 70, partyMemberCount: 3, flags: ['above_size'] }, // 高端装备制造产业链
  { key: 'qx-u22', name: '南京安耀电力装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113BFU3JXD6R5', town: '龙潭街道', employeeCount: 99, partyMemberCount: 9, flags: [] }, // 高端装备制造产业链
  { key: 'qx-u23', name: '南京晶鼎工程机械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113X1GMCR776P', town: '南京经济技术开发区', employeeCount: 301, partyMemberCount: 28, flags: ['above_size', 'high_tech'] }, // 高端装备制造产业链
  { key: 'qx-u24', name: '南京科邦智能装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113UT2PKC5UKW', town: '龙潭街道', employeeCount: 44, partyMemberCount: 3, flags: ['above_size', 'high_tech'] }, // 高端装备制造产业链
  { key: 'qx-u25', name: '南京群禾数控设备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113HKQBW44YXE', town: '尧化街道', employeeCount: 55, partyMemberCount: 4, flags: ['above_size'] }, // 高端装备制造产业链
  { key: 'qx-u26', name: '南京晶凯重工机械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113JGF57RN65L', town: '尧化街道', employeeCount: 477, partyMemberCount: 22, flags: ['above_size', 'high_tech'] }, // 高端装备制造产业链
  { key: 'qx-u27', name: '南京海邦电力装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113UHFT1W1KQB', town: '尧化街道', employeeCount: 111, partyMemberCount: 7, flags: ['above_size', 'high_tech'] }, // 高端装备制造产业链
  { key: 'qx-u28', name: '南京嘉茂工程机械有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '91320113HLRW8C2K3A', town: '尧化街道', employeeCount: 95, partyMemberCount: 8, flags: [] }, // 高端装备制造产业链
  { key: 'qx-u29', name: '南京益信工程机械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201137UQF90NTM1', town: '南京经济技术开发区', employeeCount: 48, partyMemberCount: 4, flags: [] }, // 高端装备制造产业链
  { key: 'qx-u30', name: '南京瑞阳智能装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113E34XCJH1PG', town: '南京经济技术开发区', employeeCount: 177, partyMemberCount: 8, flags: ['above_size', 'high_tech'] }, // 高端装备制造产业链
  { key: 'qx-u31', name: '南京铭越轨道交通装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113GBAXFA06UB', town: '龙潭街道', employeeCount: 68, partyMemberCount: 1, flags: ['above_size', 'high_tech'] }, // 高端装备制造产业链；未建党组织
  { key: 'qx-u32', name: '南京康信生物技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113GBFDH2YU6M', town: '栖霞高新区', employeeCount: 120, partyMemberCount: 8, flags: ['above_size', 'high_tech'] }, // 生物医药产业链
  { key: 'qx-u33', name: '南京丰川药物研究有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113FP5WC5HTGY', town: '栖霞高新区', employeeCount: 89, partyMemberCount: 6, flags: [] }, // 生物医药产业链
  { key: 'qx-u34', name: '南京沪力生物医药有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113EJ4X6ML3YF', town: '栖霞高新区', employeeCount: 340, partyMemberCount: 30, flags: ['above_size'] }, // 生物医药产业链
  { key: 'qx-u35', name: '南京捷昌医药中间体有限公司', kind: 'enterprise', ownership: 'private', creditCode: '9132011322DBDC46WN', town: '马群街道', employeeCount: 181, partyMemberCount: 7, flags: ['above_size', 'high_tech'] }, // 生物医药产业链
  { key: 'qx-u36', name: '南京嘉锐医疗器械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201131D5D3YEP9R', town: '栖霞高新区', employeeCount: 94, partyMemberCount: 6, flags: [] }, // 生物医药产业链
  { key: 'qx-u37', name: '南京浦昌医药中间体有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113WU0UR7AR8T', town: '栖霞高新区', employeeCount: 66, partyMemberCount: 4, flags: ['above_size'] }, // 生物医药产业链
  { key: 'qx-u38', name: '南京恒科医疗器械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113K4CXH4NBE9', town: '栖霞高新区', employeeCount: 288, partyMemberCount: 26, flags: ['above_size'] }, // 生物医药产业链
  { key: 'qx-u39', name: '南京华越制药有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113JQEY3X6AB9', town: '马群街道', employeeCount: 86, partyMemberCount: 8, flags: [] }, // 生物医药产业链
  { key: 'qx-u40', name: '南京浦杰生物医药有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113W1489QU74D', town: '马群街道', employeeCount: 221, partyMemberCount: 17, flags: ['above_size'] }, // 生物医药产业链
  { key: 'qx-u41', name: '南京沪源医疗器械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113MYLNPAWR17', town: '栖霞高新区', employeeCount: 54, partyMemberCount: 2, flags: [] }, // 生物医药产业链
  { key: 'qx-u42', name: '南京铭和医疗器械有限公司', kind: 'enterprise', ownership: 'state', creditCode: '91320113QNKEH1L12B', town: '栖霞高新区', employeeCount: 47, partyMemberCount: 2, flags: ['above_size', 'high_tech'] }, // 生物医药产业链
  { key: 'qx-u43', name: '南京锦岚生物技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113FAKU71UHU6', town: '栖霞高新区', employeeCount: 61, partyMemberCount: 2, flags: ['above_size'] }, // 生物医药产业链
  { key: 'qx-u44', name: '南京嘉和医疗器械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113LAD8JD17N7', town: '栖霞高新区', employeeCount: 34, partyMemberCount: 1, flags: ['above_size'] }, // 生物医药产业链
  { key: 'qx-u45', name: '南京汇昌生物技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113MLN0JPE9EM', town: '马群街道', employeeCount: 11, partyMemberCount: 1, flags: ['high_tech'] }, // 生物医药产业链；未建党组织
  { key: 'qx-u46', name: '南京紫霞人工智能科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '9132011316WBNUWGU2', town: '仙林街道', employeeCount: 860, partyMemberCount: 64, flags: ['above_size', 'high_tech'] }, // 人工智能产业链
  { key: 'qx-u47', name: '南京申诺视觉技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201136EP26GQCY8', town: '仙林街道', employeeCount: 364, partyMemberCount: 15, flags: ['above_size', 'high_tech'] }, // 人工智能产业链、软件和信息服务产业链
  { key: 'qx-u48', name: '南京丰泰数据智能有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113F7FG8842CL', town: '马群街道', employeeCount: 85, partyMemberCount: 8, flags: ['high_tech'] }, // 人工智能产业链、软件和信息服务产业链
  { key: 'qx-u49', name: '南京晶茂机器人有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113NX5GM29JDW', town: '仙林街道', employeeCount: 184, partyMemberCount: 15, flags: ['above_size', 'high_tech'] }, // 人工智能产业链
  { key: 'qx-u50', name: '南京申科视觉技术有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '91320113XMLP1UY7X2', town: '马群街道', employeeCount: 305, partyMemberCount: 18, flags: ['above_size', 'high_tech'] }, // 人工智能产业链
  { key: 'qx-u51', name: '南京群拓智能科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113CXPXXUY6XB', town: '仙林街道', employeeCount: 297, partyMemberCount: 19, flags: ['above_size', 'high_tech'] }, // 人工智能产业链
  { key: 'qx-u52', name: '南京益洋机器人有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201133L75JRWX50', town: '仙林街道', employeeCount: 43, partyMemberCount: 3, flags: ['above_size', 'high_tech'] }, // 人工智能产业链
  { key: 'qx-u53', name: '南京辰鼎人工智能科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201132EYCLTMLXQ', town: '仙林街道', employeeCount: 235, partyMemberCount: 12, flags: ['above_size'] }, // 人工智能产业链
  { key: 'qx-u54', name: '南京源创视觉技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113KJJB8JJWJK', town: '仙林街道', employeeCount: 77, partyMemberCount: 6, flags: ['above_size', 'high_tech'] }, // 人工智能产业链
  { key: 'qx-u55', name: '南京湾程人工智能科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113GDHERRHYEY', town: '仙林街道', employeeCount: 65, partyMemberCount: 2, flags: ['above_size', 'high_tech'] }, // 人工智能产业链
  { key: 'qx-u56', name: '南京泰拓机器人有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113B63NCG3DYG', town: '仙林街道', employeeCount: 62, partyMemberCount: 2, flags: ['high_tech'] }, // 人工智能产业链
  { key: 'qx-u57', name: '南京康邦数据智能有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113MU91Y717Y5', town: '马群街道', employeeCount: 53, partyMemberCount: 0, flags: [] }, // 人工智能产业链；未建党组织
  { key: 'qx-u58', name: '南京宝宇半导体有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113F0B7XD53MF', town: '南京经济技术开发区', employeeCount: 1077, partyMemberCount: 83, flags: ['above_size', 'high_tech'] }, // 集成电路产业链、新型电子信息产业链
  { key: 'qx-u59', name: '南京源阳集成电路有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113RQX2E89PGQ', town: '南京经济技术开发区', employeeCount: 49, partyMemberCount: 4, flags: ['above_size', 'high_tech'] }, // 集成电路产业链、新型电子信息产业链
  { key: 'qx-u60', name: '南京安泰微电子有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113PT07MLU8EW', town: '南京经济技术开发区', employeeCount: 1255, partyMemberCount: 87, flags: ['above_size', 'high_tech'] }, // 集成电路产业链
  { key: 'qx-u61', name: '南京科川半导体设备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113GP4D3URRAG', town: '南京经济技术开发区', employeeCount: 268, partyMemberCount: 12, flags: ['above_size', 'high_tech'] }, // 集成电路产业链
  { key: 'qx-u62', name: '南京沪林芯片设计有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113WQ4QNU223A', town: '南京经济技术开发区', employeeCount: 87, partyMemberCount: 8, flags: ['high_tech'] }, // 集成电路产业链
  { key: 'qx-u63', name: '南京沪信微电子有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '91320113FL7646DGKX', town: '南京经济技术开发区', employeeCount: 88, partyMemberCount: 8, flags: ['above_size'] }, // 集成电路产业链
  { key: 'qx-u64', name: '南京铭杰芯片设计有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113TAJPFW0UXT', town: '南京经济技术开发区', employeeCount: 152, partyMemberCount: 12, flags: ['above_size', 'high_tech'] }, // 集成电路产业链
  { key: 'qx-u65', name: '南京浦洋微电子有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201133NJURN0XTK', town: '南京经济技术开发区', employeeCount: 276, partyMemberCount: 27, flags: ['above_size', 'high_tech'] }, // 集成电路产业链
  { key: 'qx-u66', name: '南京辰和芯片设计有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113N0Y77JUF7C', town: '南京经济技术开发区', employeeCount: 253, partyMemberCount: 16, flags: ['above_size', 'high_tech'] }, // 集成电路产业链
  { key: 'qx-u67', name: '南京捷越半导体设备有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '913201131GLRWW48UE', town: '南京经济技术开发区', employeeCount: 36, partyMemberCount: 1, flags: ['high_tech'] }, // 集成电路产业链
  { key: 'qx-u68', name: '南京晶瑞信息技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113K65XWGD7NF', town: '仙林街道', employeeCount: 443, partyMemberCount: 39, flags: ['above_size', 'high_tech'] }, // 软件和信息服务产业链
  { key: 'qx-u69', name: '南京辰禾数据服务有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113W4K6T4YR42', town: '仙林街道', employeeCount: 82, partyMemberCount: 6, flags: ['above_size'] }, // 软件和信息服务产业链
  { key: 'qx-u70', name: '南京宝威信息系统有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113UTH6LBLQ1Q', town: '仙林街道', employeeCount: 291, partyMemberCount: 22, flags: ['above_size'] }, // 软件和信息服务产业链
  { key: 'qx-u71', name: '南京晟耀软件有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113LX2LHUTTKY', town: '马群街道', employeeCount: 63, partyMemberCount: 4, flags: ['high_tech'] }, // 软件和信息服务产业链
  { key: 'qx-u72', name: '南京润锐信息系统有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113N4RJHTJL3Y', town: '仙林街道', employeeCount: 168, partyMemberCount: 16, flags: ['above_size'] }, // 软件和信息服务产业链
  { key: 'qx-u73', name: '南京瑞泰信息技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113H493MA1RQD', town: '仙林街道', employeeCount: 29, partyMemberCount: 1, flags: [] }, // 软件和信息服务产业链
  { key: 'qx-u74', name: '南京隆宇信息系统有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113GF6Q10AUHQ', town: '仙林街道', employeeCount: 33, partyMemberCount: 1, flags: [] }, // 软件和信息服务产业链
  { key: 'qx-u75', name: '南京科诺信息系统有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113LWJCATHXEE', town: '仙林街道', employeeCount: 39, partyMemberCount: 1, flags: ['high_tech'] }, // 软件和信息服务产业链；未建党组织
  { key: 'qx-u76', name: '南京宏力环境工程有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113BQ4LPFBLLA', town: '栖霞高新区', employeeCount: 106, partyMemberCount: 8, flags: ['above_size'] }, // 节能环保产业链
  { key: 'qx-u77', name: '南京东盛环境工程有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201138J4WQBD0EF', town: '栖霞高新区', employeeCount: 96, partyMemberCount: 8, flags: ['above_size'] }, // 节能环保产业链
  { key: 'qx-u78', name: '南京源泰新能源有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201136NNDE979D2', town: '龙潭街道', employeeCount: 309, partyMemberCount: 22, flags: ['above_size', 'high_tech'] }, // 节能环保产业链
  { key: 'qx-u79', name: '南京铭拓水处理技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201132BB98HBP9K', town: '栖霞高新区', employeeCount: 116, partyMemberCount: 10, flags: ['above_size', 'high_tech'] }, // 节能环保产业链
  { key: 'qx-u80', name: '南京源达环境工程有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113BT4TAB49RQ', town: '龙潭街道', employeeCount: 117, partyMemberCount: 6, flags: ['above_size', 'high_tech'] }, // 节能环保产业链
  { key: 'qx-u81', name: '南京晟昌环境工程有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913201131XEE5LREMN', town: '龙潭街道', employeeCount: 564, partyMemberCount: 31, flags: ['above_size', 'high_tech'] }, // 节能环保产业链
  { key: 'qx-u82', name: '南京达信水处理技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113F1Y1HYGGCM', town: '龙潭街道', employeeCount: 1281, partyMemberCount: 65, flags: ['above_size', 'high_tech'] }, // 节能环保产业链
  { key: 'qx-u83', name: '南京恒宇水处理技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113C3EUK51A8T', town: '栖霞高新区', employeeCount: 95, partyMemberCount: 9, flags: ['above_size'] }, // 节能环保产业链
  { key: 'qx-u84', name: '南京铭源环保科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91320113WK6A9P4AGJ', town: '栖霞高新区', employeeCount: 17, partyMemberCount: 0, flags: [] }, // 节能环保产业链；未建党组织
];

// biome-ignore format: one organisation per line.
export const qixiaOrgs: readonly DemoRecordOrg[] = [
  { key: 'qx-liangxin', name: '中共南京市栖霞区委两新组织工作委员会', kind: 'committee', memberCount: 0 },
  { key: 'qx-fb-electronics', parentKey: 'qx-liangxin', name: '中共南京市栖霞区新型电子信息产业链功能性支部委员会', kind: 'functional_branch', memberCount: 10, establishedOn: '2019-07-04', secretaryName: '周明远' },
  { key: 'qx-fb-equipment', parentKey: 'qx-liangxin', name: '中共南京市栖霞区高端装备制造产业链功能性支部委员会', kind: 'functional_branch', memberCount: 10, establishedOn: '2019-01-07', secretaryName: '韩立新' },
  { key: 'qx-fb-biomed', parentKey: 'qx-liangxin', name: '中共南京市栖霞区生物医药产业链功能性支部委员会', kind: 'functional_branch', memberCount: 9, establishedOn: '2019-06-06', secretaryName: '陈思源' },
  { key: 'qx-fb-ai', parentKey: 'qx-liangxin', name: '中共南京市栖霞区人工智能产业链功能性支部委员会', kind: 'functional_branch', memberCount: 11, establishedOn: '2019-11-12', secretaryName: '刘建华' },
  { key: 'qx-fb-ic', parentKey: 'qx-liangxin', name: '中共南京市栖霞区集成电路产业链功能性支部委员会', kind: 'functional_branch', memberCount: 10, establishedOn: '2019-05-07', secretaryName: '吴振东' },
  { key: 'qx-fb-software', parentKey: 'qx-liangxin', name: '中共南京市栖霞区软件和信息服务产业链功能性支部委员会', kind: 'functional_branch', memberCount: 10, establishedOn: '2019-06-17', secretaryName: '孙丽华' },
  { key: 'qx-fb-green', parentKey: 'qx-liangxin', name: '中共南京市栖霞区节能环保产业链功能性支部委员会', kind: 'functional_branch', memberCount: 8, establishedOn: '2019-10-14', secretaryName: '张海波' },
  { key: 'qx-area-jkq', parentKey: 'qx-liangxin', name: '中共南京经济技术开发区两新组织综合委员会', kind: 'committee', memberCount: 0, town: '南京经济技术开发区' },
  { key: 'qx-area-gxq', parentKey: 'qx-liangxin', name: '中共南京栖霞高新技术产业开发区两新组织综合委员会', kind: 'committee', memberCount: 0, town: '栖霞高新区' },
  { key: 'qx-area-xianlin', parentKey: 'qx-liangxin', name: '中共南京市栖霞区仙林街道两新组织综合委员会', kind: 'committee', memberCount: 0, town: '仙林街道' },
  { key: 'qx-area-maqun', parentKey: 'qx-liangxin', name: '中共南京市栖霞区马群街道两新组织综合委员会', kind: 'committee', memberCount: 0, town: '马群街道' },
  { key: 'qx-area-yaohua', parentKey: 'qx-liangxin', name: '中共南京市栖霞区尧化街道两新组织综合委员会', kind: 'committee', memberCount: 0, town: '尧化街道' },
  { key: 'qx-area-longtan', parentKey: 'qx-liangxin', name: '中共南京市栖霞区龙潭街道两新组织综合委员会', kind: 'committee', memberCount: 0, town: '龙潭街道' },
  { key: 'qx-o01', parentKey: 'qx-liangxin', name: '中共杉金光电（南京）有限公司支部委员会', kind: 'branch', memberCount: 46, hostUnitKeys: ['qx-u01'] },
  { key: 'qx-o02', parentKey: 'qx-liangxin', name: '中共南京华信藤仓光通信有限公司支部委员会', kind: 'branch', memberCount: 38, hostUnitKeys: ['qx-u02'] },
  { key: 'qx-o03', parentKey: 'qx-liangxin', name: '中共奥斯汀光电科技有限公司支部委员会', kind: 'branch', memberCount: 12, hostUnitKeys: ['qx-u03'] },
  { key: 'qx-o04', parentKey: 'qx-liangxin', name: '中共中铁宝桥（南京）有限公司委员会', kind: 'committee', memberCount: 128, hostUnitKeys: ['qx-u04'] },
  { key: 'qx-o05', parentKey: 'qx-liangxin', name: '中共南京正大天晴制药有限公司委员会', kind: 'committee', memberCount: 312, hostUnitKeys: ['qx-u05'] },
  { key: 'qx-o06', parentKey: 'qx-liangxin', name: '中共南京高光半导体材料有限公司支部委员会', kind: 'branch', memberCount: 17, hostUnitKeys: ['qx-u06'] },
  { key: 'qx-o07', parentKey: 'qx-liangxin', name: '中共江苏量为石科技股份有限公司支部委员会', kind: 'branch', memberCount: 9, hostUnitKeys: ['qx-u07'] },
  { key: 'qx-o08', parentKey: 'qx-liangxin', name: '中共南京源恒环境研究所有限公司支部委员会', kind: 'branch', memberCount: 11, hostUnitKeys: ['qx-u08'] },
  { key: 'qx-o09', parentKey: 'qx-area-jkq', name: '中共南京泰越显示科技有限公司支部委员会', kind: 'branch', memberCount: 7, establishedOn: '2014-04-27', secretaryName: '马宇', town: '南京经济技术开发区', hostUnitKeys: ['qx-u09'] },
  { key: 'qx-o10', parentKey: 'qx-area-jkq', name: '中共南京申弘电子材料有限公司支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2016-01-17', secretaryName: '韦明', town: '南京经济技术开发区', hostUnitKeys: ['qx-u10'] },
  { key: 'qx-o11', parentKey: 'qx-area-yaohua', name: '中共南京源通通信设备有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2014-10-05', secretaryName: '侯海波', town: '尧化街道', hostUnitKeys: ['qx-u11'] },
  { key: 'qx-o12', parentKey: 'qx-area-yaohua', name: '中共南京嘉邦精密电子有限公司支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2009-07-21', secretaryName: '林卫东', town: '尧化街道', hostUnitKeys: ['qx-u12'] },
  { key: 'qx-o13', parentKey: 'qx-area-jkq', name: '中共南京东峰精密电子有限公司支部委员会', kind: 'branch', memberCount: 14, establishedOn: '2009-10-02', secretaryName: '孟海涛', town: '南京经济技术开发区', hostUnitKeys: ['qx-u13'] },
  { key: 'qx-o14', parentKey: 'qx-area-jkq', name: '中共南京捷和显示科技有限公司支部委员会', kind: 'branch', memberCount: 7, establishedOn: '2011-05-10', secretaryName: '朱勇', town: '南京经济技术开发区', hostUnitKeys: ['qx-u14'] },
  { key: 'qx-o15', parentKey: 'qx-area-yaohua', name: '中共南京鑫泰电子有限公司支部委员会', kind: 'branch', memberCount: 3, establishedOn: '2005-02-25', secretaryName: '钟杰', town: '尧化街道', hostUnitKeys: ['qx-u15'] },
  { key: 'qx-o16', parentKey: 'qx-area-yaohua', name: '中共南京晟晖电子有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2005-07-23', secretaryName: '胡婷', town: '尧化街道', hostUnitKeys: ['qx-u16'] },
  { key: 'qx-o20', parentKey: 'qx-area-longtan', name: '中共南京卓丰数控设备有限公司支部委员会', kind: 'branch', memberCount: 45, establishedOn: '2011-11-28', secretaryName: '崔卫东', town: '龙潭街道', hostUnitKeys: ['qx-u20'] },
  { key: 'qx-o21', parentKey: 'qx-area-longtan', name: '中共南京浦信工程机械有限公司支部委员会', kind: 'branch', memberCount: 3, establishedOn: '2018-10-07', secretaryName: '邵德明', town: '龙潭街道', hostUnitKeys: ['qx-u21'] },
  { key: 'qx-o22', parentKey: 'qx-area-longtan', name: '中共南京安耀电力装备有限公司支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2019-04-12', secretaryName: '钟雪梅', town: '龙潭街道', hostUnitKeys: ['qx-u22'] },
  { key: 'qx-o23', parentKey: 'qx-area-jkq', name: '中共南京晶鼎工程机械有限公司支部委员会', kind: 'branch', memberCount: 28, establishedOn: '2021-09-04', secretaryName: '孙晓东', town: '南京经济技术开发区', hostUnitKeys: ['qx-u23'] },
  { key: 'qx-o24', parentKey: 'qx-area-longtan', name: '中共南京科邦智能装备有限公司支部委员会', kind: 'branch', memberCount: 3, establishedOn: '2008-11-10', secretaryName: '卢雪梅', town: '龙潭街道', hostUnitKeys: ['qx-u24'] },
  { key: 'qx-o25', parentKey: 'qx-area-yaohua', name: '中共南京群禾数控设备有限公司支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2013-01-08', secretaryName: '廖秀英', town: '尧化街道', hostUnitKeys: ['qx-u25'] },
  { key: 'qx-o26', parentKey: 'qx-area-yaohua', name: '中共南京晶凯重工机械有限公司支部委员会', kind: 'branch', memberCount: 22, establishedOn: '2014-01-06', secretaryName: '黎志强', town: '尧化街道', hostUnitKeys: ['qx-u26'] },
  { key: 'qx-o27', parentKey: 'qx-area-yaohua', name: '中共南京海邦电力装备有限公司支部委员会', kind: 'branch', memberCount: 7, establishedOn: '2015-04-23', secretaryName: '肖艳', town: '尧化街道', hostUnitKeys: ['qx-u27'] },
  { key: 'qx-o28', parentKey: 'qx-area-yaohua', name: '中共南京嘉茂工程机械有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2005-06-11', secretaryName: '余辉', town: '尧化街道', hostUnitKeys: ['qx-u28'] },
  { key: 'qx-o29', parentKey: 'qx-area-jkq', name: '中共南京益信工程机械有限公司支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2018-02-14', secretaryName: '孙晓燕', town: '南京经济技术开发区', hostUnitKeys: ['qx-u29'] },
  { key: 'qx-o30', parentKey: 'qx-area-jkq', name: '中共南京瑞阳智能装备有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2019-12-07', secretaryName: '夏刚', town: '南京经济技术开发区', hostUnitKeys: ['qx-u30'] },
  { key: 'qx-o32', parentKey: 'qx-area-gxq', name: '中共南京康信生物技术有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2018-09-08', secretaryName: '崔桂英', town: '栖霞高新区', hostUnitKeys: ['qx-u32'] },
  { key: 'qx-o33', parentKey: 'qx-area-gxq', name: '中共南京丰川药物研究有限公司支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2016-03-02', secretaryName: '汤海波', town: '栖霞高新区', hostUnitKeys: ['qx-u33'] },
  { key: 'qx-o34', parentKey: 'qx-area-gxq', name: '中共南京沪力生物医药有限公司支部委员会', kind: 'branch', memberCount: 30, establishedOn: '2014-07-27', secretaryName: '孔红', town: '栖霞高新区', hostUnitKeys: ['qx-u34'] },
  { key: 'qx-o35', parentKey: 'qx-area-maqun', name: '中共南京捷昌医药中间体有限公司支部委员会', kind: 'branch', memberCount: 7, establishedOn: '2011-12-05', secretaryName: '金磊', town: '马群街道', hostUnitKeys: ['qx-u35'] },
  { key: 'qx-o36', parentKey: 'qx-area-gxq', name: '中共南京嘉锐医疗器械有限公司支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2012-04-23', secretaryName: '蔡秀英', town: '栖霞高新区', hostUnitKeys: ['qx-u36'] },
  { key: 'qx-o37', parentKey: 'qx-area-gxq', name: '中共南京浦昌医药中间体有限公司支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2005-09-02', secretaryName: '汤勇', town: '栖霞高新区', hostUnitKeys: ['qx-u37'] },
  { key: 'qx-o38', parentKey: 'qx-area-gxq', name: '中共南京恒科医疗器械有限公司支部委员会', kind: 'branch', memberCount: 26, establishedOn: '2010-07-07', secretaryName: '姚霞', town: '栖霞高新区', hostUnitKeys: ['qx-u38'] },
  { key: 'qx-o39', parentKey: 'qx-area-maqun', name: '中共南京华越制药有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2006-10-18', secretaryName: '韦婷', town: '马群街道', hostUnitKeys: ['qx-u39'] },
  { key: 'qx-o40', parentKey: 'qx-area-maqun', name: '中共南京浦杰生物医药有限公司支部委员会', kind: 'branch', memberCount: 17, establishedOn: '2004-09-05', secretaryName: '罗永刚', town: '马群街道', hostUnitKeys: ['qx-u40'] },
  { key: 'qx-o46', parentKey: 'qx-area-xianlin', name: '中共南京紫霞人工智能科技有限公司总支部委员会', kind: 'general_branch', memberCount: 64, establishedOn: '2014-06-08', secretaryName: '万建平', town: '仙林街道', hostUnitKeys: ['qx-u46'] },
  { key: 'qx-o47', parentKey: 'qx-area-xianlin', name: '中共南京申诺视觉技术有限公司支部委员会', kind: 'branch', memberCount: 15, establishedOn: '2020-09-04', secretaryName: '邓桂英', town: '仙林街道', hostUnitKeys: ['qx-u47'] },
  { key: 'qx-o48', parentKey: 'qx-area-maqun', name: '中共南京丰泰数据智能有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2012-08-02', secretaryName: '贺秀英', town: '马群街道', hostUnitKeys: ['qx-u48'] },
  { key: 'qx-o49', parentKey: 'qx-area-xianlin', name: '中共南京晶茂机器人有限公司支部委员会', kind: 'branch', memberCount: 15, establishedOn: '2003-10-26', secretaryName: '姜晓峰', town: '仙林街道', hostUnitKeys: ['qx-u49'] },
  { key: 'qx-o50', parentKey: 'qx-area-maqun', name: '中共南京申科视觉技术有限公司支部委员会', kind: 'branch', memberCount: 18, establishedOn: '2006-01-02', secretaryName: '汤伟', town: '马群街道', hostUnitKeys: ['qx-u50'] },
  { key: 'qx-o51', parentKey: 'qx-area-xianlin', name: '中共南京群拓智能科技有限公司支部委员会', kind: 'branch', memberCount: 19, establishedOn: '2015-08-16', secretaryName: '黄鹏', town: '仙林街道', hostUnitKeys: ['qx-u51'] },
  { key: 'qx-o52', parentKey: 'qx-area-xianlin', name: '中共南京益洋机器人有限公司支部委员会', kind: 'branch', memberCount: 3, establishedOn: '2009-01-17', secretaryName: '沈建平', town: '仙林街道', hostUnitKeys: ['qx-u52'] },
  { key: 'qx-o53', parentKey: 'qx-area-xianlin', name: '中共南京辰鼎人工智能科技有限公司支部委员会', kind: 'branch', memberCount: 12, establishedOn: '2010-12-25', secretaryName: '程海波', town: '仙林街道', hostUnitKeys: ['qx-u53'] },
  { key: 'qx-o54', parentKey: 'qx-area-xianlin', name: '中共南京源创视觉技术有限公司支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2018-02-17', secretaryName: '袁海波', town: '仙林街道', hostUnitKeys: ['qx-u54'] },
  { key: 'qx-o58', parentKey: 'qx-area-jkq', name: '中共南京宝宇半导体有限公司总支部委员会', kind: 'general_branch', memberCount: 83, establishedOn: '2019-12-28', secretaryName: '林立新', town: '南京经济技术开发区', hostUnitKeys: ['qx-u58'] },
  { key: 'qx-o59', parentKey: 'qx-area-jkq', name: '中共南京源阳集成电路有限公司支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2020-12-11', secretaryName: '曹秀英', town: '南京经济技术开发区', hostUnitKeys: ['qx-u59'] },
  { key: 'qx-o60', parentKey: 'qx-area-jkq', name: '中共南京安泰微电子有限公司总支部委员会', kind: 'general_branch', memberCount: 87, establishedOn: '2015-09-22', secretaryName: '段秀英', town: '南京经济技术开发区', hostUnitKeys: ['qx-u60'] },
  { key: 'qx-o61', parentKey: 'qx-area-jkq', name: '中共南京科川半导体设备有限公司支部委员会', kind: 'branch', memberCount: 12, establishedOn: '2013-02-14', secretaryName: '田建平', town: '南京经济技术开发区', hostUnitKeys: ['qx-u61'] },
  { key: 'qx-o62', parentKey: 'qx-area-jkq', name: '中共南京沪林芯片设计有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2020-09-24', secretaryName: '邓婷', town: '南京经济技术开发区', hostUnitKeys: ['qx-u62'] },
  { key: 'qx-o63', parentKey: 'qx-area-jkq', name: '中共南京沪信微电子有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2013-01-27', secretaryName: '郝玉兰', town: '南京经济技术开发区', hostUnitKeys: ['qx-u63'] },
  { key: 'qx-o64', parentKey: 'qx-area-jkq', name: '中共南京铭杰芯片设计有限公司支部委员会', kind: 'branch', memberCount: 12, establishedOn: '2005-06-22', secretaryName: '石洋', town: '南京经济技术开发区', hostUnitKeys: ['qx-u64'] },
  { key: 'qx-o65', parentKey: 'qx-area-jkq', name: '中共南京浦洋微电子有限公司支部委员会', kind: 'branch', memberCount: 27, establishedOn: '2015-02-15', secretaryName: '程平', town: '南京经济技术开发区', hostUnitKeys: ['qx-u65'] },
  { key: 'qx-o66', parentKey: 'qx-area-jkq', name: '中共南京辰和芯片设计有限公司支部委员会', kind: 'branch', memberCount: 16, establishedOn: '2020-02-08', secretaryName: '谭宇', town: '南京经济技术开发区', hostUnitKeys: ['qx-u66'] },
  { key: 'qx-o68', parentKey: 'qx-area-xianlin', name: '中共南京晶瑞信息技术有限公司支部委员会', kind: 'branch', memberCount: 39, establishedOn: '2020-12-10', secretaryName: '汪飞', town: '仙林街道', hostUnitKeys: ['qx-u68'] },
  { key: 'qx-o69', parentKey: 'qx-area-xianlin', name: '中共南京辰禾数据服务有限公司支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2007-04-07', secretaryName: '周丽娟', town: '仙林街道', hostUnitKeys: ['qx-u69'] },
  { key: 'qx-o70', parentKey: 'qx-area-xianlin', name: '中共南京宝威信息系统有限公司支部委员会', kind: 'branch', memberCount: 22, establishedOn: '2008-05-26', secretaryName: '魏军', town: '仙林街道', hostUnitKeys: ['qx-u70'] },
  { key: 'qx-o71', parentKey: 'qx-area-maqun', name: '中共南京晟耀软件有限公司支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2014-07-18', secretaryName: '董飞', town: '马群街道', hostUnitKeys: ['qx-u71'] },
  { key: 'qx-o72', parentKey: 'qx-area-xianlin', name: '中共南京润锐信息系统有限公司支部委员会', kind: 'branch', memberCount: 16, establishedOn: '2005-12-12', secretaryName: '陶平', town: '仙林街道', hostUnitKeys: ['qx-u72'] },
  { key: 'qx-o76', parentKey: 'qx-area-gxq', name: '中共南京宏力环境工程有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2012-01-12', secretaryName: '程敏', town: '栖霞高新区', hostUnitKeys: ['qx-u76'] },
  { key: 'qx-o77', parentKey: 'qx-area-gxq', name: '中共南京东盛环境工程有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2007-06-08', secretaryName: '胡飞', town: '栖霞高新区', hostUnitKeys: ['qx-u77'] },
  { key: 'qx-o78', parentKey: 'qx-area-longtan', name: '中共南京源泰新能源有限公司支部委员会', kind: 'branch', memberCount: 22, establishedOn: '2003-07-13', secretaryName: '钱文杰', town: '龙潭街道', hostUnitKeys: ['qx-u78'] },
  { key: 'qx-o79', parentKey: 'qx-area-gxq', name: '中共南京铭拓水处理技术有限公司支部委员会', kind: 'branch', memberCount: 10, establishedOn: '2011-08-14', secretaryName: '张勇', town: '栖霞高新区', hostUnitKeys: ['qx-u79'] },
  { key: 'qx-o80', parentKey: 'qx-area-longtan', name: '中共南京源达环境工程有限公司支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2012-05-08', secretaryName: '周雪梅', town: '龙潭街道', hostUnitKeys: ['qx-u80'] },
  { key: 'qx-o81', parentKey: 'qx-area-longtan', name: '中共南京晟昌环境工程有限公司支部委员会', kind: 'branch', memberCount: 31, establishedOn: '2004-04-22', secretaryName: '汤海涛', town: '龙潭街道', hostUnitKeys: ['qx-u81'] },
  { key: 'qx-o82', parentKey: 'qx-area-longtan', name: '中共南京达信水处理技术有限公司总支部委员会', kind: 'general_branch', memberCount: 65, establishedOn: '2008-05-02', secretaryName: '武建国', town: '龙潭街道', hostUnitKeys: ['qx-u82'] },
  { key: 'qx-o83', parentKey: 'qx-area-gxq', name: '中共南京恒宇水处理技术有限公司支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2006-08-25', secretaryName: '朱亚军', town: '栖霞高新区', hostUnitKeys: ['qx-u83'] },
  { key: 'qx-joint-jkq', parentKey: 'qx-area-jkq', name: '中共南京经济技术开发区电子信息企业联合支部委员会', kind: 'joint_branch', memberCount: 5, establishedOn: '2019-06-25', secretaryName: '石德明', town: '南京经济技术开发区', hostUnitKeys: ['qx-u17', 'qx-u18', 'qx-u67'] },
  { key: 'qx-joint-gxq', parentKey: 'qx-area-gxq', name: '中共栖霞高新区生物医药企业联合支部委员会', kind: 'joint_branch', memberCount: 7, establishedOn: '2021-12-06', secretaryName: '宋洋', town: '栖霞高新区', hostUnitKeys: ['qx-u41', 'qx-u42', 'qx-u43', 'qx-u44'] },
  { key: 'qx-joint-xianlin', parentKey: 'qx-area-xianlin', name: '中共南京市栖霞区仙林街道科技企业联合支部委员会', kind: 'joint_branch', memberCount: 6, establishedOn: '2021-03-02', secretaryName: '姚德明', town: '仙林街道', hostUnitKeys: ['qx-u55', 'qx-u56', 'qx-u73', 'qx-u74'] },
];

// biome-ignore format: one chain per line, members in creation order.
export const qixiaChains: readonly DemoChain[] = [
  { key: 'qx-chain-electronics', name: '新型电子信息产业链', leader: { name: '周明远', title: '区委副书记、区长' }, leadDepartment: '南京经济技术开发区管理委员会', leadUnitKey: 'qx-u01', servingOrgKey: 'qx-fb-electronics', description: '南京经济技术开发区2014年12月成立全区第一个产业链党建联盟——韩资企业产业链党建联盟，联盟企业全部建有党员活动室，影响带动园区43家韩资企业、近3万名职工、600余名党员。', memberKeys: ['qx-u01', 'qx-u02', 'qx-u03', 'qx-u09', 'qx-u10', 'qx-u11', 'qx-u12', 'qx-u13', 'qx-u14', 'qx-u15', 'qx-u16', 'qx-u17', 'qx-u18', 'qx-u19', 'qx-u58', 'qx-u59'] },
  { key: 'qx-chain-equipment', name: '高端装备制造产业链', leader: { name: '韩立新', title: '区委常委、常务副区长' }, leadDepartment: '栖霞区工业和信息化局', leadUnitKey: 'qx-u04', servingOrgKey: 'qx-fb-equipment', memberKeys: ['qx-u04', 'qx-u20', 'qx-u21', 'qx-u22', 'qx-u23', 'qx-u24', 'qx-u25', 'qx-u26', 'qx-u27', 'qx-u28', 'qx-u29', 'qx-u30', 'qx-u31'] },
  { key: 'qx-chain-biomed', name: '生物医药产业链', leader: { name: '陈思源', title: '区委常委、栖霞高新区党工委书记' }, leadDepartment: '栖霞高新区管理委员会', leadUnitKey: 'qx-u05', servingOrgKey: 'qx-fb-biomed', description: '依托生物医药党建联盟（南京正大天晴制药有限公司党委为主席单位），栖霞高新区集聚约300家生物医药上中下游企业；“党建+产业”联盟已为近30家高端中间体及医药原料企业寻找生产基地。', memberKeys: ['qx-u05', 'qx-u32', 'qx-u33', 'qx-u34', 'qx-u35', 'qx-u36', 'qx-u37', 'qx-u38', 'qx-u39', 'qx-u40', 'qx-u41', 'qx-u42', 'qx-u43', 'qx-u44', 'qx-u45'] },
  { key: 'qx-chain-ai', name: '人工智能产业链', leader: { name: '刘建华', title: '区委书记' }, leadDepartment: '栖霞区科学技术局', leadUnitKey: 'qx-u46', servingOrgKey: 'qx-fb-ai', description: '中国（南京）智谷连续举办四届中国人工智能峰会，集聚人工智能企业320余家。', memberKeys: ['qx-u46', 'qx-u47', 'qx-u48', 'qx-u49', 'qx-u50', 'qx-u51', 'qx-u52', 'qx-u53', 'qx-u54', 'qx-u55', 'qx-u56', 'qx-u57'] },
  { key: 'qx-chain-ic', name: '集成电路产业链', leader: { name: '吴振东', title: '区委常委、南京经济技术开发区党工委副书记' }, leadDepartment: '栖霞区发展和改革委员会', leadUnitKey: 'qx-u60', servingOrgKey: 'qx-fb-ic', memberKeys: ['qx-u06', 'qx-u58', 'qx-u59', 'qx-u60', 'qx-u61', 'qx-u62', 'qx-u63', 'qx-u64', 'qx-u65', 'qx-u66', 'qx-u67'] },
  { key: 'qx-chain-software', name: '软件和信息服务产业链', leader: { name: '孙丽华', title: '副区长' }, leadDepartment: '栖霞区工业和信息化局', leadUnitKey: 'qx-u68', servingOrgKey: 'qx-fb-software', memberKeys: ['qx-u07', 'qx-u47', 'qx-u48', 'qx-u68', 'qx-u69', 'qx-u70', 'qx-u71', 'qx-u72', 'qx-u73', 'qx-u74', 'qx-u75'] },
  { key: 'qx-chain-green', name: '节能环保产业链', leader: { name: '张海波', title: '副区长' }, leadDepartment: '栖霞区生态环境局', leadUnitKey: 'qx-u82', servingOrgKey: 'qx-fb-green', memberKeys: ['qx-u08', 'qx-u76', 'qx-u77', 'qx-u78', 'qx-u79', 'qx-u80', 'qx-u81', 'qx-u82', 'qx-u83', 'qx-u84'] },
];

export const qixiaRecords: DemoTenantRecords = {
  tenantId: 'js-qixia',
  units: qixiaUnits,
  orgs: qixiaOrgs,
  chains: qixiaChains,
};
