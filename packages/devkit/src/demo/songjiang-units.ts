// Demo records for Songjiang (松江区, Shanghai, 310117): the key industries of the G60 science and innovation
// corridor as industry clusters, their Party organisations, and the "eight 100%" coverage targets.
//
// Source: shared/seeds/001 (second article).
//   - "聚焦人工智能、集成电路、生物医药等'6+X'重点产业,创新探索把党组织建在产业集群上": six clusters. 人工智能,
//     集成电路 and 生物医药 are named; 正泰启迪智慧能源 is the document's "全市第一家产业集群党组织" with its
//     "1+8" structure (正泰电气's Party committee, which has 15 branches of its own, plus 8 firms' branches);
//     新材料 comes from the G60 新材料 industry alliance; 高端装备 is a plausible fill-in.
//   - Cluster committees: 正泰启迪智慧能源, 人工智能 and 松江大学城双创 are in the document; 集成电路 and 生物医药
//     are invented. 新材料 and 高端装备 have none: their firms' branches sit directly under the district's 社会
//     工作党委 (named in the document as the coordinator). The university-town committee has a joint branch of
//     start-ups and no chain.
//   - Firms the document names keep their names: 正泰电气 (龙头 of 智慧能源), 科大智能 (龙头 of 人工智能), 库卡,
//     柯马, 保隆汽车 (its Party branch), 新阳半导体, 超硅半导体 (its Party branch), 昊海生物. Their member counts
//     and flags are invented; they get no credit code, employee count, town, founding date or secretary. Every
//     other firm and the two social organisations are invented (firms with a valid credit code for 310117).
//   - "明确分3年实现高新技术企业、规模以上企业、百人以上企业等八类重点领域组织覆盖率八个百分百的目标": the
//     document names three of the eight categories. Targets are set at 100% for those three, 专精特新 "小巨人",
//     social organisations, and the three named clusters (人工智能, 集成电路, 生物医药). Today's coverage is
//     below them on purpose (35 of 45 units; high-tech 23 of 29, above-size 28 of 36, 百人以上 18 of 26,
//     social organisations 1 of 2), so the demo shows the gaps the three-year plan is to close.
import type { DemoChain, DemoRecordOrg, DemoTenantRecords, DemoUnit } from './record-types.ts';

// biome-ignore format: one unit per line keeps the table short and easy to scan.
export const songjiangUnits: readonly DemoUnit[] = [
  { key: 'sj-u01', name: '正泰电气股份有限公司', kind: 'enterprise', partyMemberCount: 436, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u02', name: '上海卓源电器有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '913101175035GM7ECW', town: '泗泾镇', employeeCount: 196, partyMemberCount: 16, flags: ['above_size'] },
  { key: 'sj-u03', name: '上海晟茂能源科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117627NJ0H8A5', town: '洞泾镇', employeeCount: 107, partyMemberCount: 6, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u04', name: '上海铭锐电气有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117FQUB3GWX5C', town: '松江工业区', employeeCount: 260, partyMemberCount: 19, flags: ['above_size', 'high_tech', 'little_giant'] },
  { key: 'sj-u05', name: '上海锦科智能电网科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117EKELWDN49R', town: '洞泾镇', employeeCount: 42, partyMemberCount: 4, flags: ['high_tech'] },
  { key: 'sj-u06', name: '上海申凯开关有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117FBFGFDTBD6', town: '佘山镇', employeeCount: 184, partyMemberCount: 14, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u07', name: '上海润川电力设备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117FNEYQN3RN9', town: '松江工业区', employeeCount: 187, partyMemberCount: 15, flags: ['above_size'] },
  { key: 'sj-u08', name: '上海恒泰能源科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117R3E7HRH81L', town: '泗泾镇', employeeCount: 234, partyMemberCount: 16, flags: ['above_size', 'high_tech', 'little_giant'] },
  { key: 'sj-u09', name: '上海安鼎智能电网科技有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '91310117R0LW8FRT6B', town: '佘山镇', employeeCount: 44, partyMemberCount: 5, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u10', name: '科大智能科技股份有限公司', kind: 'enterprise', partyMemberCount: 42, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u11', name: '库卡机器人（上海）有限公司', kind: 'enterprise', partyMemberCount: 18, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u12', name: '柯马（上海）工程有限公司', kind: 'enterprise', partyMemberCount: 9, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u13', name: '上海保隆汽车科技股份有限公司', kind: 'enterprise', partyMemberCount: 57, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u14', name: '上海康诺人工智能科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101176T14LG8DDH', town: '九亭镇', employeeCount: 247, partyMemberCount: 27, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u15', name: '上海沪杰视觉科技有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '91310117BMQ2YU8DD6', town: '松江工业区', employeeCount: 233, partyMemberCount: 18, flags: ['above_size'] },
  { key: 'sj-u16', name: '上海润通智能科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117967JA0WX3M', town: '永丰街道', employeeCount: 129, partyMemberCount: 9, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u17', name: '上海沪峰智能驾驶科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101176961FBKF6M', town: '洞泾镇', employeeCount: 199, partyMemberCount: 0, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u18', name: '上海鑫航人工智能科技有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '91310117N7ADE2T615', town: '洞泾镇', employeeCount: 109, partyMemberCount: 0, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u19', name: '上海新阳半导体材料股份有限公司', kind: 'enterprise', partyMemberCount: 36, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u20', name: '上海超硅半导体股份有限公司', kind: 'enterprise', partyMemberCount: 31, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u21', name: '上海群弘微电子有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101178HPWFHJ5MM', town: '新桥镇', employeeCount: 61, partyMemberCount: 6, flags: ['high_tech'] },
  { key: 'sj-u22', name: '上海沪源电子材料有限公司', kind: 'enterprise', ownership: 'foreign', creditCode: '91310117EU3BET11CF', town: '中山街道', employeeCount: 141, partyMemberCount: 9, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u23', name: '上海誉耀电子材料有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117K6MDK0564F', town: '车墩镇', employeeCount: 117, partyMemberCount: 1, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u24', name: '上海昊海生物科技股份有限公司', kind: 'enterprise', partyMemberCount: 64, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u25', name: '上海恒杰医药科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101178N6AGJEFP1', town: '小昆山镇', employeeCount: 162, partyMemberCount: 8, flags: ['above_size'] },
  { key: 'sj-u26', name: '上海宝禾生物科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117A9HW859C5C', town: '永丰街道', employeeCount: 50, partyMemberCount: 5, flags: ['above_size'] },
  { key: 'sj-u27', name: '上海瑞拓生物医药有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117E0XHRKJWQC', town: '永丰街道', employeeCount: 199, partyMemberCount: 17, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u28', name: '上海宝阳医药科技有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '91310117WWU0PX286E', town: '车墩镇', employeeCount: 149, partyMemberCount: 0, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u29', name: '上海东弘功能材料有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117MCJPH0UHGP', town: '佘山镇', employeeCount: 692, partyMemberCount: 52, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u30', name: '上海益泰新材料科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101176UEKR4LMQ9', town: '泗泾镇', employeeCount: 238, partyMemberCount: 20, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u31', name: '上海沪瑞新材料有限公司', kind: 'enterprise', ownership: 'private', creditCode: '9131011794BCR7PJ76', town: '永丰街道', employeeCount: 200, partyMemberCount: 16, flags: ['above_size'] },
  { key: 'sj-u32', name: '上海沪禾新材料科技有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '913101176PTTMX7574', town: '中山街道', employeeCount: 115, partyMemberCount: 1, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u33', name: '上海泰峰复合材料有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101174DDP1W87FY', town: '佘山镇', employeeCount: 203, partyMemberCount: 1, flags: ['above_size', 'high_tech'] },
  { key: 'sj-u34', name: '上海宝岚精密机械有限公司', kind: 'enterprise', ownership: 'private', creditCode: '9131011762JEQ4QP2E', town: '佘山镇', employeeCount: 276, partyMemberCount: 24, flags: ['above_size', 'high_tech', 'little_giant'] },
  { key: 'sj-u35', name: '上海嘉邦光伏装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117MUJ9H3R5HK', town: '新桥镇', employeeCount: 255, partyMemberCount: 15, flags: ['above_size'] },
  { key: 'sj-u36', name: '上海卓弘航空装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117GT8GR0KK7J', town: '泗泾镇', employeeCount: 192, partyMemberCount: 16, flags: ['above_size'] },
  { key: 'sj-u37', name: '上海益阳动力科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117QY1L9BEUX8', town: '泗泾镇', employeeCount: 125, partyMemberCount: 0, flags: ['above_size'] },
  { key: 'sj-u38', name: '上海浦源光伏装备有限公司', kind: 'enterprise', ownership: 'private', creditCode: '913101176EN818NDFX', town: '小昆山镇', employeeCount: 189, partyMemberCount: 1, flags: ['above_size'] },
  { key: 'sj-u39', name: '上海湾耀教育科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117161NAUT340', town: '方松街道', employeeCount: 18, partyMemberCount: 1, flags: [] },
  { key: 'sj-u40', name: '上海申越文化创意有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '91310117DCEJL9JKQ7', town: '广富林街道', employeeCount: 15, partyMemberCount: 2, flags: [] },
  { key: 'sj-u41', name: '上海恒和数字科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '9131011742Y94TY98F', town: '广富林街道', employeeCount: 15, partyMemberCount: 2, flags: [] },
  { key: 'sj-u42', name: '上海湾悦数字科技有限公司', kind: 'enterprise', ownership: 'private', creditCode: '91310117MN9CGRCPWB', town: '方松街道', employeeCount: 27, partyMemberCount: 1, flags: ['high_tech'] },
  { key: 'sj-u43', name: '上海辰阳设计有限公司', kind: 'enterprise', ownership: 'joint', creditCode: '913101174P8HF91HU0', town: '方松街道', employeeCount: 25, partyMemberCount: 0, flags: [] },
  { key: 'sj-u44', name: '上海市松江区科技企业孵化器协会', kind: 'social_org', town: '方松街道', employeeCount: 12, partyMemberCount: 4, flags: [] },
  { key: 'sj-u45', name: '上海市松江区人工智能产业促进会', kind: 'social_org', town: '九亭镇', employeeCount: 8, partyMemberCount: 0, flags: [] },
];

// biome-ignore format: one organisation per line.
export const songjiangOrgs: readonly DemoRecordOrg[] = [
  { key: 'sj-shegong', name: '中共上海市松江区社会工作委员会', kind: 'committee', memberCount: 0 },
  { key: 'sj-cluster-energy', parentKey: 'sj-shegong', name: '中共上海正泰启迪智慧能源产业集群委员会', kind: 'cluster_committee', memberCount: 0 },
  { key: 'sj-cluster-ai', parentKey: 'sj-shegong', name: '中共上海市松江区人工智能产业集群委员会', kind: 'cluster_committee', memberCount: 0 },
  { key: 'sj-cluster-ic', parentKey: 'sj-shegong', name: '中共上海市松江区集成电路产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2019-10-07', secretaryName: '邱杰' },
  { key: 'sj-cluster-biomed', parentKey: 'sj-shegong', name: '中共上海市松江区生物医药产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2019-12-14', secretaryName: '戴晓东' },
  { key: 'sj-cluster-univ', parentKey: 'sj-shegong', name: '中共松江大学城双创集群委员会', kind: 'cluster_committee', memberCount: 0 },
  { key: 'sj-u01-org', parentKey: 'sj-cluster-energy', name: '中共正泰电气股份有限公司委员会', kind: 'committee', memberCount: 436, hostUnitKeys: ['sj-u01'] },
  { key: 'sj-u02-org', parentKey: 'sj-cluster-energy', name: '中共上海卓源电器有限公司支部委员会', kind: 'branch', memberCount: 16, establishedOn: '2014-12-14', secretaryName: '蒋静', town: '泗泾镇', hostUnitKeys: ['sj-u02'] },
  { key: 'sj-u03-org', parentKey: 'sj-cluster-energy', name: '中共上海晟茂能源科技有限公司支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2005-07-08', secretaryName: '宋飞', town: '洞泾镇', hostUnitKeys: ['sj-u03'] },
  { key: 'sj-u04-org', parentKey: 'sj-cluster-energy', name: '中共上海铭锐电气有限公司支部委员会', kind: 'branch', memberCount: 19, establishedOn: '2009-09-20', secretaryName: '侯建华', town: '松江工业区', hostUnitKeys: ['sj-u04'] },
  { key: 'sj-u05-org', parentKey: 'sj-cluster-energy', name: '中共上海锦科智能电网科技有限公司支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2011-05-01', secretaryName: '孔志刚', town: '洞泾镇', hostUnitKeys: ['sj-u05'] },
  { key: 'sj-u06-org', parentKey: 'sj-cluster-energy', name: '中共上海申凯开关有限公司支部委员会', kind: 'branch', memberCount: 14, establishedOn: '2011-09-10', secretaryName: '王文杰', town: '佘山镇', hostUnitKeys: ['sj-u06'] },
  { key: 'sj-u07-org', parentKey: 'sj-cluster-energy', name: '中共上海润川电力设备有限公司支部委员会', kind: 'branch', memberCount: 15, establishedOn: '2012-08-25', secretaryName: '郑婷', town: '松江工业区', hostUnitKeys: ['sj-u07'] },
  { key: 'sj-u08-org', parentKey: 'sj-cluster-energy', name: '中共上海恒泰能源科技有限公司支部委员会', kind: 'branch', memberCount: 16, establishedOn: '2017-08-27', secretaryName: '邵艳', town: '泗泾镇', hostUnitKeys: ['sj-u08'] },
  { key: 'sj-u09-org', parentKey: 'sj-cluster-energy', name: '中共上海安鼎智能电网科技有限公司支部委员会', kind: 'branch', memberCount: 5, establishedOn: '2017-05-22', secretaryName: '郭秀英', town: '佘山镇', hostUnitKeys: ['sj-u09'] },
  { key: 'sj-u10-org', parentKey: 'sj-cluster-ai', name: '中共科大智能科技股份有限公司支部委员会', kind: 'branch', memberCount: 42, hostUnitKeys: ['sj-u10'] },
  { key: 'sj-u11-org', parentKey: 'sj-cluster-ai', name: '中共库卡机器人（上海）有限公司支部委员会', kind: 'branch', memberCount: 18, hostUnitKeys: ['sj-u11'] },
  { key: 'sj-u12-org', parentKey: 'sj-cluster-ai', name: '中共柯马（上海）工程有限公司支部委员会', kind: 'branch', memberCount: 9, hostUnitKeys: ['sj-u12'] },
  { key: 'sj-u13-org', parentKey: 'sj-cluster-ai', name: '中共上海保隆汽车科技股份有限公司总支部委员会', kind: 'general_branch', memberCount: 57, hostUnitKeys: ['sj-u13'] },
  { key: 'sj-u14-org', parentKey: 'sj-cluster-ai', name: '中共上海康诺人工智能科技有限公司支部委员会', kind: 'branch', memberCount: 27, establishedOn: '2006-10-09', secretaryName: '尹国强', town: '九亭镇', hostUnitKeys: ['sj-u14'] },
  { key: 'sj-u15-org', parentKey: 'sj-cluster-ai', name: '中共上海沪杰视觉科技有限公司支部委员会', kind: 'branch', memberCount: 18, establishedOn: '2006-07-06', secretaryName: '秦伟', town: '松江工业区', hostUnitKeys: ['sj-u15'] },
  { key: 'sj-u16-org', parentKey: 'sj-cluster-ai', name: '中共上海润通智能科技有限公司支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2012-02-12', secretaryName: '范海燕', town: '永丰街道', hostUnitKeys: ['sj-u16'] },
  { key: 'sj-u19-org', parentKey: 'sj-cluster-ic', name: '中共上海新阳半导体材料股份有限公司支部委员会', kind: 'branch', memberCount: 36, hostUnitKeys: ['sj-u19'] },
  { key: 'sj-u20-org', parentKey: 'sj-cluster-ic', name: '中共上海超硅半导体股份有限公司支部委员会', kind: 'branch', memberCount: 31, hostUnitKeys: ['sj-u20'] },
  { key: 'sj-u21-org', parentKey: 'sj-cluster-ic', name: '中共上海群弘微电子有限公司支部委员会', kind: 'branch', memberCount: 6, establishedOn: '2010-03-26', secretaryName: '尹永刚', town: '新桥镇', hostUnitKeys: ['sj-u21'] },
  { key: 'sj-u22-org', parentKey: 'sj-cluster-ic', name: '中共上海沪源电子材料有限公司支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2014-10-22', secretaryName: '石建国', town: '中山街道', hostUnitKeys: ['sj-u22'] },
  { key: 'sj-u24-org', parentKey: 'sj-cluster-biomed', name: '中共上海昊海生物科技股份有限公司总支部委员会', kind: 'general_branch', memberCount: 64, hostUnitKeys: ['sj-u24'] },
  { key: 'sj-u25-org', parentKey: 'sj-cluster-biomed', name: '中共上海恒杰医药科技有限公司支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2015-04-27', secretaryName: '黎伟', town: '小昆山镇', hostUnitKeys: ['sj-u25'] },
  { key: 'sj-u26-org', parentKey: 'sj-cluster-biomed', name: '中共上海宝禾生物科技有限公司支部委员会', kind: 'branch', memberCount: 5, establishedOn: '2005-02-12', secretaryName: '卢娟', town: '永丰街道', hostUnitKeys: ['sj-u26'] },
  { key: 'sj-u27-org', parentKey: 'sj-cluster-biomed', name: '中共上海瑞拓生物医药有限公司支部委员会', kind: 'branch', memberCount: 17, establishedOn: '2018-07-25', secretaryName: '姚洋', town: '永丰街道', hostUnitKeys: ['sj-u27'] },
  { key: 'sj-u29-org', parentKey: 'sj-shegong', name: '中共上海东弘功能材料有限公司总支部委员会', kind: 'general_branch', memberCount: 52, establishedOn: '2009-06-24', secretaryName: '钱文杰', town: '佘山镇', hostUnitKeys: ['sj-u29'] },
  { key: 'sj-u30-org', parentKey: 'sj-shegong', name: '中共上海益泰新材料科技有限公司支部委员会', kind: 'branch', memberCount: 20, establishedOn: '2008-06-28', secretaryName: '杜亚军', town: '泗泾镇', hostUnitKeys: ['sj-u30'] },
  { key: 'sj-u31-org', parentKey: 'sj-shegong', name: '中共上海沪瑞新材料有限公司支部委员会', kind: 'branch', memberCount: 16, establishedOn: '2013-07-08', secretaryName: '吕永刚', town: '永丰街道', hostUnitKeys: ['sj-u31'] },
  { key: 'sj-u34-org', parentKey: 'sj-shegong', name: '中共上海宝岚精密机械有限公司支部委员会', kind: 'branch', memberCount: 24, establishedOn: '2013-05-28', secretaryName: '赵文杰', town: '佘山镇', hostUnitKeys: ['sj-u34'] },
  { key: 'sj-u35-org', parentKey: 'sj-shegong', name: '中共上海嘉邦光伏装备有限公司支部委员会', kind: 'branch', memberCount: 15, establishedOn: '2014-09-19', secretaryName: '赵霞', town: '新桥镇', hostUnitKeys: ['sj-u35'] },
  { key: 'sj-u36-org', parentKey: 'sj-shegong', name: '中共上海卓弘航空装备有限公司支部委员会', kind: 'branch', memberCount: 16, establishedOn: '2012-09-24', secretaryName: '毛静', town: '泗泾镇', hostUnitKeys: ['sj-u36'] },
  { key: 'sj-u44-org', parentKey: 'sj-shegong', name: '中共上海市松江区科技企业孵化器协会支部委员会', kind: 'branch', memberCount: 4, establishedOn: '2017-06-04', secretaryName: '蔡艳', town: '方松街道', hostUnitKeys: ['sj-u44'] },
  { key: 'sj-univ-joint', parentKey: 'sj-cluster-univ', name: '中共松江大学城创业企业联合支部委员会', kind: 'joint_branch', memberCount: 6, establishedOn: '2020-05-26', secretaryName: '刘艳', town: '广富林街道', hostUnitKeys: ['sj-u39', 'sj-u40', 'sj-u41', 'sj-u42'] },
];

// biome-ignore format: one chain per line, members in creation order.
export const songjiangChains: readonly DemoChain[] = [
  { key: 'sj-chain-ai', name: '人工智能产业集群', leadDepartment: '松江区科学技术委员会', leadUnitKey: 'sj-u10', servingOrgKey: 'sj-cluster-ai', description: '人工智能产业集群党委以科大智能为龙头，会同库卡、柯马等人工智能核心企业，构建跨区域共建共享、上下游抱团发展的产业格局；保隆汽车党支部牵头攻关汽车动态视觉与雷达传感器项目。', memberKeys: ['sj-u10', 'sj-u11', 'sj-u12', 'sj-u13', 'sj-u14', 'sj-u15', 'sj-u16', 'sj-u17', 'sj-u18'] },
  { key: 'sj-chain-ic', name: '集成电路产业集群', leadDepartment: '松江区经济委员会', leadUnitKey: 'sj-u19', servingOrgKey: 'sj-cluster-ic', description: '尼西半导体通过产业集群党组织，从同属集群的新阳半导体购买一条电镀线用于生产12寸晶圆；超硅半导体党支部党员科技骨干团队研发300毫米、450毫米集成电路用晶体生产系统。', memberKeys: ['sj-u19', 'sj-u20', 'sj-u21', 'sj-u22', 'sj-u23'] },
  { key: 'sj-chain-biomed', name: '生物医药产业集群', leadDepartment: '松江区经济委员会', leadUnitKey: 'sj-u24', servingOrgKey: 'sj-cluster-biomed', description: '昊海生物从征地包干到土地使用权挂牌出让仅用12天。', memberKeys: ['sj-u24', 'sj-u25', 'sj-u26', 'sj-u27', 'sj-u28'] },
  { key: 'sj-chain-energy', name: '正泰启迪智慧能源产业集群', leadDepartment: '松江区经济委员会', leadUnitKey: 'sj-u01', servingOrgKey: 'sj-cluster-energy', description: '全市第一家产业集群党组织，“1+8”组织架构：龙头企业正泰电气公司党委（下设15家党支部）和8家企业的党支部，吸引智能电网、智能电气相关企业加入。', memberKeys: ['sj-u01', 'sj-u02', 'sj-u03', 'sj-u04', 'sj-u05', 'sj-u06', 'sj-u07', 'sj-u08', 'sj-u09'] },
  { key: 'sj-chain-materials', name: '新材料产业集群', leadDepartment: '松江区经济委员会', leadUnitKey: 'sj-u29', description: 'G60科创走廊新材料产业联盟成员企业。', memberKeys: ['sj-u29', 'sj-u30', 'sj-u31', 'sj-u32', 'sj-u33'] },
  { key: 'sj-chain-equipment', name: '高端装备产业集群', leadDepartment: '松江区经济委员会', leadUnitKey: 'sj-u34', memberKeys: ['sj-u34', 'sj-u35', 'sj-u36', 'sj-u37', 'sj-u38'] },
];

/** The "八个百分百" targets; chain categories name chain keys, which the seeder turns into chain ids. */
export const songjiangCoverageTargets: Readonly<Record<string, number>> = {
  'flag:high_tech': 1,
  'flag:above_size': 1,
  'flag:hundred_plus': 1,
  'flag:little_giant': 1,
  'kind:social_org': 1,
  'chain:sj-chain-ai': 1,
  'chain:sj-chain-ic': 1,
  'chain:sj-chain-biomed': 1,
};

export const songjiangRecords: DemoTenantRecords = {
  tenantId: 'sh-songjiang',
  units: songjiangUnits,
  orgs: songjiangOrgs,
  chains: songjiangChains,
  coverageTargets: songjiangCoverageTargets,
};
