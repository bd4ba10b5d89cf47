// Demo records for Baoshan (宝山区, Shanghai, 310113): the five industry-chain Party-building alliances and their
// member units.
//
// Source: shared/seeds/000. "成立生物医药、智能制造、先进材料、信息技术、节能环保等五大产业链党建联盟,完善以企业相对
// 集中片区属地街镇党(工)委组织领导、产业链党建联盟牵头实施、X家产业链企业党组织内部联动、N家区相关职能部门单位党组织
// 共建的'1+1+X+N'组织体系"; a charter (《宝山区产业链党建联盟章程》) and a rotating chair (轮值会长).
//   - Each alliance is a chain. Its members are the "1+1+X+N": the town (a 'town' unit) whose Party committee
//     leads it (the chain's serving organisation), the chain's parks, X = 6 enterprises with their Party
//     organisations, and N = 2 district departments with theirs. A department may be in several alliances.
//     leadUnitKey is the current rotating chair (轮值会长单位).
//   - Named in the document and kept: 克来机电 (the 智能制造 alliance's rotating chair, with its Party branch),
//     朝晖药业 and 北裕仪器 (龙头企业 whose Party organisations signed co-building agreements with 上海大学's
//     school of medicine and school of communication), 北上海生物医药产业园 (its 天舒苑 talent flats with 天平村),
//     环上大科技园, and the departments 区经委, 区科委, 区市场监管局, 区建交委, 区规资局, 区行政服务中心. The full
//     legal names of 克来机电, 朝晖药业 and 北裕仪器 are spelled out from the document's short names. Member counts
//     and the towns leading each alliance are invented; named firms get no credit code, employee count, town,
//     founding date or secretary. Every other enterprise is invented, with a valid credit code for 310113.
//     上海大学 is a partner of the alliances, not a member unit: its Party committee is not in the district's tree.
//   - Every member hosts a Party organisation (the model counts Party organisations), so Baoshan's coverage is
//     100%: 43 units, 44 organisations (5 town committees, the district organs' work committee with 6 department
//     organisations, 2 park branches, 30 enterprise organisations).
import type { DemoChain, DemoRecordOrg, DemoTenantRecords, DemoUnit } from './record-types.ts';

// biome-ignore format: one unit per line keeps the table short and easy to scan.
export const baoshanUnits: readonly DemoUnit[] = [
  { key: 'bs-town-luodian', name: '上海市宝山区罗店镇', kind: 'town', town: '罗店镇', flags: [] },
  { key: 'bs-town-gucun', name: '上海市宝山区顾村镇', kind: 'town', town: '顾村镇', flags: [] },
  { key: 'bs-town-yuepu', name: '上海市宝山区月浦镇', kind: 'town', town: '月浦镇', flags: [] },
  { key: 'bs-town-dachang', name: '上海市宝山区大场镇', kind: 'town', town: '大场镇', flags: [] },
  { key: 'bs-town-yanghang', name: '上海市宝山区杨行镇', kind: 'town', town: '杨行镇', flags: [] },
  { key: 'bs-dept-jingwei', name: '上海市宝山区经济委员会', kind: 'department', employeeCount: 92, partyMemberCount: 58, flags: [] },
  { key: 'bs-dept-kewei', name: '上海市宝山区科学技术委员会', kind: 'department', employeeCount: 48, partyMemberCount: 33, flags: [] },
  { key: 'bs-dept-scjg', name: '上海市宝山区市场监督管理局', kind: 'department', employeeCount: 612, partyMemberCount: 318, flags: [] },
  { key: 'bs-dept-jianjiao', name: '上海市宝山区建设和交通委员会', kind: 'department', employeeCount: 136, partyMemberCount: 84, flags: [] },
  { key: 'bs-dept-guizi', name: '上海市宝山区规划和自然资源局', kind: 'department', employeeCount: 118, partyMemberCount: 71, flags: [] },
  { key: 'bs-dept-xzfw', name: '上海市宝山区行政服务中心', kind: 'department', employeeCount: 64, partyMemberCount: 29, flags: [] },
  { key: 'bs-park-bsh', name: '北上海生物医药产业园', kind: 'park', town: '罗店镇', employeeCount: 46, partyMemberCount: 19, flags: [] },
  { key: 'bs-park-hsd', name: '环上大科技园', kind: 'park', town: '大场镇', employeeCount: 58, partyMemberCount: 23, flags: [] },
  { key: 'bs-u01', name: '上海朝晖药业有限公司', kind: 'enterprise', partyMemberCount: 46, flags: ['above_size'] },
  { key: 'bs-u02', name: '上海科拓医药科技有限公司', kind: 'enterprise', ownership: 'state', creditCode: '913101135Q923B91MY', town: '罗店镇', employeeCount: 470, partyMemberCount: 27, flags: ['above_size', 'high_tech', 'little_giant'] },
  { key: 'bs-u03', name: '上海鑫宇制药有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113WRKYYAJNKQ', town: '罗店镇', employeeCount: 202, partyMemberCount: 15, flags: ['above_size'] },
  { key: 'bs-u04', name: '上海盛悦生物医药有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113RGH0EXC6FQ', town: '罗店镇', employeeCount: 149, partyMemberCount: 14, flags: ['above_size'] },
  { key: 'bs-u05', name: '上海沪程医药科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101134DQ30X1ETN', town: '罗店镇', employeeCount: 106, partyMemberCount: 10, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u06', name: '上海宏程医药科技有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '91310113NU0K2K905R', town: '罗店镇', employeeCount: 955, partyMemberCount: 61, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u07', name: '上海克来机电自动化工程股份有限公司', kind: 'enterprise', partyMemberCount: 21, flags: ['above_size'] },
  { key: 'bs-u08', name: '上海卓凯机器人科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113CCQQ3LFBCW', town: '顾村镇', employeeCount: 498, partyMemberCount: 40, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u09', name: '上海康锐智能装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113J0TQ2XJY5W', town: '顾村镇', employeeCount: 463, partyMemberCount: 44, flags: ['above_size'] },
  { key: 'bs-u10', name: '上海润威智能装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101133B2E07UQ46', town: '顾村镇', employeeCount: 68, partyMemberCount: 4, flags: ['above_size'] },
  { key: 'bs-u11', name: '上海汇科智能装备有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '913101133YUT0G9LRY', town: '顾村镇', employeeCount: 209, partyMemberCount: 20, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u12', name: '上海达航智能制造有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113K0HRBGMPPC', town: '顾村镇', employeeCount: 204, partyMemberCount: 20, flags: ['above_size'] },
  { key: 'bs-u13', name: '上海源耀新材料有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113QH4NKHFMLP', town: '月浦镇', employeeCount: 113, partyMemberCount: 9, flags: ['above_size'] },
  { key: 'bs-u14', name: '上海辰创特种钢材有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113JXJNADE45T', town: '月浦镇', employeeCount: 474, partyMemberCount: 35, flags: ['above_size', 'high_tech', 'little_giant'] },
  { key: 'bs-u15', name: '上海晶丰新材料有限公司', kind: 'enterprise', ownership: 'state', creditCode: '91310113NCG4GKWCGX', town: '月浦镇', employeeCount: 1019, partyMemberCount: 51, flags: ['above_size'] },
  { key: 'bs-u16', name: '上海宏和复合材料有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113Q5GBQT7WJ8', town: '月浦镇', employeeCount: 89, partyMemberCount: 5, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u17', name: '上海科茂新材料科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113G2GY8456LH', town: '月浦镇', employeeCount: 198, partyMemberCount: 21, flags: ['above_size'] },
  { key: 'bs-u18', name: '上海浦昌新材料科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101137RRA27GJ7Q', town: '月浦镇', employeeCount: 762, partyMemberCount: 46, flags: ['above_size', 'high_tech', 'little_giant'] },
  { key: 'bs-u19', name: '上海北裕分析仪器股份有限公司', kind: 'enterprise', partyMemberCount: 14, flags: ['above_size'] },
  { key: 'bs-u20', name: '上海群源通信技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '9131011340FDPYQ829', town: '大场镇', employeeCount: 261, partyMemberCount: 17, flags: ['above_size'] },
  { key: 'bs-u21', name: '上海恒弘软件有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113CBQE1737A5', town: '大场镇', employeeCount: 644, partyMemberCount: 54, flags: ['above_size'] },
  { key: 'bs-u22', name: '上海卓源网络科技有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '91310113JT5162MLUU', town: '大场镇', employeeCount: 190, partyMemberCount: 16, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u23', name: '上海锦邦网络科技有限公司', kind: 'enterprise', ownership: 'state', creditCode: '91310113Q2JQHDTGU7', town: '大场镇', employeeCount: 203, partyMemberCount: 15, flags: ['above_size'] },
  { key: 'bs-u24', name: '上海鑫威软件有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101133YBQ82DW7N', town: '大场镇', employeeCount: 256, partyMemberCount: 27, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u25', name: '上海泰昌资源再生有限公司', kind: 'enterprise', ownership: 'state', creditCode: '913101132M1YN2M5F5', town: '杨行镇', employeeCount: 360, partyMemberCount: 35, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u26', name: '上海捷茂节能技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113B6DG9LQF8M', town: '杨行镇', employeeCount: 196, partyMemberCount: 19, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u27', name: '上海汇盛环保科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113C7TEB4WPYD', town: '杨行镇', employeeCount: 133, partyMemberCount: 13, flags: ['above_size', 'high_tech'] },
  { key: 'bs-u28', name: '上海浦晖节能技术有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113L3HNDMBTXN', town: '杨行镇', employeeCount: 151, partyMemberCount: 10, flags: ['above_size'] },
  { key: 'bs-u29', name: '上海宏杰节能技术有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '913101133KC2BECBQQ', town: '杨行镇', employeeCount: 874, partyMemberCount: 76, flags: ['above_size'] },
  { key: 'bs-u30', name: '上海宏茂资源再生有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310113RMHRC43HCE', town: '杨行镇', employeeCount: 889, partyMemberCount: 83, flags: ['above_size', 'high_tech'] },
];

// biome-ignore format: one organisation per line.
export const baoshanOrgs: readonly DemoRecordOrg[] = [
  { key: 'bs-town-luodian-committee', name: '中共上海市宝山区罗店镇委员会', kind: 'committee', memberCount: 0, town: '罗店镇', hostUnitKeys: ['bs-town-luodian'] },
  { key: 'bs-town-gucun-committee', name: '中共上海市宝山区顾村镇委员会', kind: 'committee', memberCount: 0, town: '顾村镇', hostUnitKeys: ['bs-town-gucun'] },
  { key: 'bs-town-yuepu-committee', name: '中共上海市宝山区月浦镇委员会', kind: 'committee', memberCount: 0, town: '月浦镇', hostUnitKeys: ['bs-town-yuepu'] },
  { key: 'bs-town-dachang-committee', name: '中共上海市宝山区大场镇委员会', kind: 'committee', memberCount: 0, town: '大场镇', hostUnitKeys: ['bs-town-dachang'] },
  { key: 'bs-town-yanghang-committee', name: '中共上海市宝山区杨行镇委员会', kind: 'committee', memberCount: 0, town: '杨行镇', hostUnitKeys: ['bs-town-yanghang'] },
  { key: 'bs-jiguan', name: '中共上海市宝山区级机关工作委员会', kind: 'committee', memberCount: 0 },
  { key: 'bs-dept-jingwei-org', parentKey: 'bs-jiguan', name: '中共上海市宝山区经济委员会机关总支部委员会', kind: 'general_branch', memberCount: 58, establishedOn: '2006-01-28', secretaryName: '毛丽华', hostUnitKeys: ['bs-dept-jingwei'] },
  { key: 'bs-dept-kewei-org', parentKey: 'bs-jiguan', name: '中共上海市宝山区科学技术委员会机关支部委员会', kind: 'branch', memberCount: 33, establishedOn: '2010-03-24', secretaryName: '梁艳', hostUnitKeys: ['bs-dept-kewei'] },
  { key: 'bs-dept-scjg-org', parentKey: 'bs-jiguan', name: '中共上海市宝山区市场监督管理局机关委员会', kind: 'committee', memberCount: 318, establishedOn: '2019-08-10', secretaryName: '周艳', hostUnitKeys: ['bs-dept-scjg'] },
  { key: 'bs-dept-jianjiao-org', parentKey: 'bs-jiguan', name: '中共上海市宝山区建设和交通委员会机关总支部委员会', kind: 'general_branch', memberCount: 84, establishedOn: '2015-05-16', secretaryName: '宋刚', hostUnitKeys: ['bs-dept-jianjiao'] },
  { key: 'bs-dept-guizi-org', parentKey: 'bs-jiguan', name: '中共上海市宝山区规划和自然资源局机关总支部委员会', kind: 'general_branch', memberCount: 71, establishedOn: '2006-02-17', secretaryName: '邱秀英', hostUnitKeys: ['bs-dept-guizi'] },
  { key: 'bs-dept-xzfw-org', parentKey: 'bs-jiguan', name: '中共上海市宝山区行政服务中心机关支部委员会', kind: 'branch', memberCount: 29, establishedOn: '2008-08-04', secretaryName: '梁春梅', hostUnitKeys: ['bs-dept-xzfw'] },
  { key: 'bs-park-bsh-org', parentKey: 'bs-town-luodian-committee', name: '中共北上海生物医药产业园支部委员会', kind: 'branch', memberCount: 19, establishedOn: '2019-05-21', secretaryName: '郑超', town: '罗店镇', hostUnitKeys: ['bs-park-bsh'] },
  { key: 'bs-park-hsd-org', parentKey: 'bs-town-dachang-committee', name: '中共环上大科技园支部委员会', kind: 'branch', memberCount: 23, establishedOn: '2018-11-13', secretaryName: '熊晓燕', town: '大场镇', hostUnitKeys: ['bs-park-hsd'] },
  { key: 'bs-u01-org', parentKey: 'bs-town-luodian-committee', name: '中共上海朝晖药业有限公司支部委员会', kind: 'branch', memberCount: 46, hostUnitKeys: ['bs-u01'] },
  { key: 'bs-u02-org', parentKey: 'bs-town-luodian-committee', name: '中共上海科拓医药科技有限公司支部委员会', kind: 'branch', memberCount: 27, establishedOn: '2009-09-18', secretaryName: '杨鹏', town: '罗店镇', hostUnitKeys: ['bs-u02'] },
  { key: 'bs-u03-org', parentKey: 'bs-town-luodian-committee', name: '中共上海鑫宇制药有限公司支部委员会', kind: 'branch', memberCount: 15, establishedOn: '2012-08-27', secretaryName: '高洋', town: '罗店镇', hostUnitKeys: ['bs-u03'] },
  { key: 'bs-u04-org', parentKey: 'bs-town-luodian-committee', name: '中共上海盛悦生物医药有限公司支部委员会', kind: 'branch', memberCount: 14, establishedOn: '2008-12-01', secretaryName: '梁飞', town: '罗店镇', hostUnitKeys: ['bs-u04'] },
  { key: 'bs-u05-org', parentKey: 'bs-town-luodian-committee', name: '中共上海沪程医药科技有限公司支部委员会', kind: 'branch', memberCount: 10, establishedOn: '2015-06-15', secretaryName: '严霞', town: '罗店镇', hostUnitKeys: ['bs-u05'] },
  { key: 'bs-u06-org', parentKey: 'bs-town-luodian-committee', name: '中共上海宏程医药科技有限公司总支部委员会', kind: 'general_branch', memberCount: 61, establishedOn: '2017-07-26', secretaryName: '张海燕', town: '罗店镇', hostUnitKeys: ['bs-u06'] },
  { key: 'bs-u07-org', parentKey: 'bs-town-gucun-committee', name: '中共上海克来机电自动化工程股份有限公司支部委员会', kind: 'branch', memberCount: 21, hostUnitKeys: ['bs-u07'] },
  { key: 'bs-u08-org', parentKey: 'bs-town-gucun-committee', name: '中共上海卓凯机器人科技有限公司支部委员会', kind: 'branch', memberCount: 40, establishedOn: '2018-01-18', secretaryName: '许亚军', town: '顾村镇', hostUnitKeys: ['bs-u08'] },
  { key: 'bs-u09-org', parentKey: 'bs-town-gucun-committee', name: '中共上海康锐智能装备有限公司支部委员会', kind: 'branch', memberCount: 44, establishedOn: '2021-10-10', secretaryName: '毛华', town: '顾村镇', hostUnitKeys: ['bs-u09'] },
  { key: 'bs-u10-org', parentKey: 'bs-town-gucun-committee', name: '中共上海润威智能装备有限公司支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2008-06-25', secretaryName: '任晓东', town: '顾村镇', hostUnitKeys: ['bs-u10'] },
  { key: 'bs-u11-org', parentKey: 'bs-town-gucun-committee', name: '中共上海汇科智能装备有限公司支部委员会', kind: 'branch', memberCount: 20, establishedOn: '2007-10-22', secretaryName: '汪晓燕', town: '顾村镇', hostUnitKeys: ['bs-u11'] },
  { key: 'bs-u12-org', parentKey: 'bs-town-gucun-committee', name: '中共上海达航智能制造有限公司支部委员会', kind: 'branch', memberCount: 20, establishedOn: '2012-09-27', secretaryName: '黄桂英', town: '顾村镇', hostUnitKeys: ['bs-u12'] },
  { key: 'bs-u13-org', parentKey: 'bs-town-yuepu-committee', name: '中共上海源耀新材料有限公司支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2021-12-05', secretaryName: '严辉', town: '月浦镇', hostUnitKeys: ['bs-u13'] },
  { key: 'bs-u14-org', parentKey: 'bs-town-yuepu-committee', name: '中共上海辰创特种钢材有限公司支部委员会', kind: 'branch', memberCount: 35, establishedOn: '2010-08-08', secretaryName: '蒋德明', town: '月浦镇', hostUnitKeys: ['bs-u14'] },
  { key: 'bs-u15-org', parentKey: 'bs-town-yuepu-committee', name: '中共上海晶丰新材料有限公司总支部委员会', kind: 'general_branch', memberCount: 51, establishedOn: '2009-08-12', secretaryName: '宋志强', town: '月浦镇', hostUnitKeys: ['bs-u15'] },
  { key: 'bs-u16-org', parentKey: 'bs-town-yuepu-committee', name: '中共上海宏和复合材料有限公司支部委员会', kind: 'branch', memberCount: 5, establishedOn: '2010-03-01', secretaryName: '黄丽华', town: '月浦镇', hostUnitKeys: ['bs-u16'] },
  { key: 'bs-u17-org', parentKey: 'bs-town-yuepu-committee', name: '中共上海科茂新材料科技有限公司支部委员会', kind: 'branch', memberCount: 21, establishedOn: '2021-09-07', secretaryName: '钟晓东', town: '月浦镇', hostUnitKeys: ['bs-u17'] },
  { key: 'bs-u18-org', parentKey: 'bs-town-yuepu-committee', name: '中共上海浦昌新材料科技有限公司支部委员会', kind: 'branch', memberCount: 46, establishedOn: '2012-06-05', secretaryName: '程超', town: '月浦镇', hostUnitKeys: ['bs-u18'] },
  { key: 'bs-u19-org', parentKey: 'bs-town-dachang-committee', name: '中共上海北裕分析仪器股份有限公司支部委员会', kind: 'branch', memberCount: 14, hostUnitKeys: ['bs-u19'] },
  { key: 'bs-u20-org', parentKey: 'bs-town-dachang-committee', name: '中共上海群源通信技术有限公司支部委员会', kind: 'branch', memberCount: 17, establishedOn: '2013-06-11', secretaryName: '汪洋', town: '大场镇', hostUnitKeys: ['bs-u20'] },
  { key: 'bs-u21-org', parentKey: 'bs-town-dachang-committee', name: '中共上海恒弘软件有限公司总支部委员会', kind: 'general_branch', memberCount: 54, establishedOn: '2019-08-17', secretaryName: '曾华', town: '大场镇', hostUnitKeys: ['bs-u21'] },
  { key: 'bs-u22-org', parentKey: 'bs-town-dachang-committee', name: '中共上海卓源网络科技有限公司支部委员会', kind: 'branch', memberCount: 16, establishedOn: '2021-06-25', secretaryName: '蔡玉兰', town: '大场镇', hostUnitKeys: ['bs-u22'] },
  { key: 'bs-u23-org', parentKey: 'bs-town-dachang-committee', name: '中共上海锦邦网络科技有限公司支部委员会', kind: 'branch', memberCount: 15, establishedOn: '2014-08-22', secretaryName: '邵红梅', town: '大场镇', hostUnitKeys: ['bs-u23'] },
  { key: 'bs-u24-org', parentKey: 'bs-town-dachang-committee', name: '中共上海鑫威软件有限公司支部委员会', kind: 'branch', memberCount: 27, establishedOn: '2007-02-14', secretaryName: '梁平', town: '大场镇', hostUnitKeys: ['bs-u24'] },
  { key: 'bs-u25-org', parentKey: 'bs-town-yanghang-committee', name: '中共上海泰昌资源再生有限公司支部委员会', kind: 'branch', memberCount: 35, establishedOn: '2012-02-23', secretaryName: '王海燕', town: '杨行镇', hostUnitKeys: ['bs-u25'] },
  { key: 'bs-u26-org', parentKey: 'bs-town-yanghang-committee', name: '中共上海捷茂节能技术有限公司支部委员会', kind: 'branch', memberCount: 19, establishedOn: '2020-11-22', secretaryName: '肖秀英', town: '杨行镇', hostUnitKeys: ['bs-u26'] },
  { key: 'bs-u27-org', parentKey: 'bs-town-yanghang-committee', name: '中共上海汇盛环保科技有限公司支部委员会', kind: 'branch', memberCount: 13, establishedOn: '2008-05-22', secretaryName: '秦海波', town: '杨行镇', hostUnitKeys: ['bs-u27'] },
  { key: 'bs-u28-org', parentKey: 'bs-town-yanghang-committee', name: '中共上海浦晖节能技术有限公司支部委员会', kind: 'branch', memberCount: 10, establishedOn: '2006-11-05', secretaryName: '黄洋', town: '杨行镇', hostUnitKeys: ['bs-u28'] },
  { key: 'bs-u29-org', parentKey: 'bs-town-yanghang-committee', name: '中共上海宏杰节能技术有限公司总支部委员会', kind: 'general_branch', memberCount: 76, establishedOn: '2015-02-23', secretaryName: '廖雪梅', town: '杨行镇', hostUnitKeys: ['bs-u29'] },
  { key: 'bs-u30-org', parentKey: 'bs-town-yanghang-committee', name: '中共上海宏茂资源再生有限公司总支部委员会', kind: 'general_branch', memberCount: 83, establishedOn: '2016-06-22', secretaryName: '孙玉兰', town: '杨行镇', hostUnitKeys: ['bs-u30'] },
];

// biome-ignore format: one chain per line, members in creation order.
export const baoshanChains: readonly DemoChain[] = [
  { key: 'bs-chain-biomed', name: '生物医药产业链', leadDepartment: '上海市宝山区科学技术委员会', leadUnitKey: 'bs-u01', servingOrgKey: 'bs-town-luodian-committee', description: '宝山区生物医药产业链党建联盟：罗店镇党委属地领导，“1+1+X+N”组织体系（属地镇党委＋联盟＋6家企业党组织＋2家区职能部门党组织），按《宝山区产业链党建联盟章程》运行，成员单位轮值会长，定期召开成员单位联席工作会议。北上海生物医药产业园在属地党委牵线下与天平村合作打造“天舒苑人才公寓”，满足约250名园区企业人才住房需求，租金比周边低20%至30%，入住率约70%；朝晖药业与上海大学医学院签订党组织联建协议。', memberKeys: ['bs-town-luodian', 'bs-dept-kewei', 'bs-dept-scjg', 'bs-park-bsh', 'bs-u01', 'bs-u02', 'bs-u03', 'bs-u04', 'bs-u05', 'bs-u06'] },
  { key: 'bs-chain-smart', name: '智能制造产业链', leadDepartment: '上海市宝山区经济委员会', leadUnitKey: 'bs-u07', servingOrgKey: 'bs-town-gucun-committee', description: '宝山区智能制造产业链党建联盟：顾村镇党委属地领导，“1+1+X+N”组织体系（属地镇党委＋联盟＋6家企业党组织＋2家区职能部门党组织），按《宝山区产业链党建联盟章程》运行，成员单位轮值会长，定期召开成员单位联席工作会议。以轮值会长单位克来机电党支部书记为原型创编短剧《星期天工程师新传》，纳入全区庆祝建党100周年情景党课巡演剧目。', memberKeys: ['bs-town-gucun', 'bs-dept-jingwei', 'bs-dept-xzfw', 'bs-u07', 'bs-u08', 'bs-u09', 'bs-u10', 'bs-u11', 'bs-u12'] },
  { key: 'bs-chain-materials', name: '先进材料产业链', leadDepartment: '上海市宝山区经济委员会', leadUnitKey: 'bs-u13', servingOrgKey: 'bs-town-yuepu-committee', description: '宝山区先进材料产业链党建联盟：月浦镇党委属地领导，“1+1+X+N”组织体系（属地镇党委＋联盟＋6家企业党组织＋2家区职能部门党组织），按《宝山区产业链党建联盟章程》运行，成员单位轮值会长，定期召开成员单位联席工作会议。', memberKeys: ['bs-town-yuepu', 'bs-dept-jingwei', 'bs-dept-guizi', 'bs-u13', 'bs-u14', 'bs-u15', 'bs-u16', 'bs-u17', 'bs-u18'] },
  { key: 'bs-chain-it', name: '信息技术产业链', leadDepartment: '上海市宝山区科学技术委员会', leadUnitKey: 'bs-u19', servingOrgKey: 'bs-town-dachang-committee', description: '宝山区信息技术产业链党建联盟：大场镇党委属地领导，“1+1+X+N”组织体系（属地镇党委＋联盟＋6家企业党组织＋2家区职能部门党组织），按《宝山区产业链党建联盟章程》运行，成员单位轮值会长，定期召开成员单位联席工作会议。北裕仪器与上海大学通信学院签订党组织联建协议；环上大科技园推动高校科技成果转移转化。', memberKeys: ['bs-town-dachang', 'bs-dept-kewei', 'bs-dept-jingwei', 'bs-park-hsd', 'bs-u19', 'bs-u20', 'bs-u21', 'bs-u22', 'bs-u23', 'bs-u24'] },
  { key: 'bs-chain-green', name: '节能环保产业链', leadDepartment: '上海市宝山区建设和交通委员会', leadUnitKey: 'bs-u25', servingOrgKey: 'bs-town-yanghang-committee', description: '宝山区节能环保产业链党建联盟：杨行镇党委属地领导，“1+1+X+N”组织体系（属地镇党委＋联盟＋6家企业党组织＋2家区职能部门党组织），按《宝山区产业链党建联盟章程》运行，成员单位轮值会长，定期召开成员单位联席工作会议。', memberKeys: ['bs-town-yanghang', 'bs-dept-jianjiao', 'bs-dept-scjg', 'bs-u25', 'bs-u26', 'bs-u27', 'bs-u28', 'bs-u29', 'bs-u30'] },
];

export const baoshanRecords: DemoTenantRecords = {
  tenantId: 'sh-baoshan',
  units: baoshanUnits,
  orgs: baoshanOrgs,
  chains: baoshanChains,
};
