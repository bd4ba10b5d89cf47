// Demo Party organisations for Jinshan (金山区), drawn from shared/seeds/001 (industry-cluster Party committees).
//
// Source: shared/seeds/001 (a 2019 article). "去年8月" (August 2018) 金山 started a pilot in 五个镇和一个工业区:
// "首批试点的8家产业集群(活动型)党委,覆盖 216 家非公企业或合作社,共有党员 1021 名". This file has the
// 8 cluster committees with 4-5 child organisations each, holding exactly the document's 1,021 members, plus
// the Langxia activity-type Party committee with 2 children (20 members): 1,041 members in 39 child
// organisations. Committees hold 0 members directly: their members belong to the branches below them. The
// 216 enterprises and cooperatives, and which of them each branch sits in, are in jinshan-units.ts. Child
// branches, their members, the day in each date and every secretary's name are invented. The enterprises are
// invented too. The document's real firms (汉瑞普泽, 本优, 长城, 中变) are left out on purpose; two pairs of
// firms below copy their stories.
// Cluster committees, named in the document and not invented:
//   - "金山工业区高端智能装备、生命健康两个产业集群党委" -> the first two committees.
//   - "亭林镇高端智能装备产业集群党委" -> cluster-tinglin-equip.
// Cluster committees that are plausible fill-ins (the document only says "制造业'四大产业集群'和现代农业产业
// 集群" and doesn't name the other four manufacturing clusters):
//   - 新一代信息技术 (山阳镇) and 新材料 (漕泾镇): from Jinshan's four clusters in later public reports, not the document.
//   - 现代农业 (吕巷镇): the document only mentions "吕巷镇正在培育的毗邻地区现代农业产业集群党建联盟".
//   - 现代农业 (亭林镇) and 绿色食品 (枫泾镇): invented, kept to five towns plus one industrial zone.
// Caveat: "(活动型)" in the document suggests the Langxia committee may itself be one of the 8 pilots. If it is,
// this file has one committee more than the document (8 cluster + 1 activity, as the brief asked).

export interface DemoOrg {
  /** Stable local key used to link children to parents in this file, e.g. 'cluster-fine-chem'. */
  readonly key: string;
  readonly parentKey?: string;
  readonly name: string; // full Chinese name, e.g. '中共金山区……产业集群委员会'
  readonly kind:
    | 'committee'
    | 'general_branch'
    | 'branch'
    | 'joint_branch'
    | 'functional_branch'
    | 'cluster_committee'
    | 'activity_committee';
  readonly memberCount: number; // Party members directly in this organisation
  readonly establishedOn: string; // YYYY-MM-DD
  readonly secretaryName: string; // a plausible Chinese personal name (invented, ordinary)
  readonly town: string; // 镇/街道/园区 name in Jinshan, e.g. '廊下镇', '山阳镇', '金山卫镇', '朱泾镇', '枫泾镇', '亭林镇', '吕巷镇', '张堰镇', '漕泾镇', '石化街道', '金山工业区'
}

// biome-ignore format: one organisation per line keeps the table short and easy to scan.
export const jinshanOrgs: readonly DemoOrg[] = [
  // 金山工业区高端智能装备产业集群党委 (named in the document). The first two firms copy the document's story of
  // two firms in the same trade (长城, 中变) that stopped poaching each other's staff and signed a labour agreement.
  { key: 'cluster-jsiz-equip', name: '中共金山区金山工业区高端智能装备产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2018-08-16', secretaryName: '沈建明', town: '金山工业区' },
  { key: 'jsiz-equip-jinshu', parentKey: 'cluster-jsiz-equip', name: '中共上海金枢电气设备有限公司总支部委员会', kind: 'general_branch', memberCount: 86, establishedOn: '2018-09-12', secretaryName: '顾志强', town: '金山工业区' },
  { key: 'jsiz-equip-shenjing', parentKey: 'cluster-jsiz-equip', name: '中共上海申泾变压器制造有限公司支部委员会', kind: 'branch', memberCount: 41, establishedOn: '2018-09-20', secretaryName: '朱红英', town: '金山工业区' },
  { key: 'jsiz-equip-joint', parentKey: 'cluster-jsiz-equip', name: '中共金山工业区智能装备企业联合支部委员会', kind: 'joint_branch', memberCount: 22, establishedOn: '2019-03-15', secretaryName: '陆海峰', town: '金山工业区' },
  { key: 'jsiz-equip-weilan', parentKey: 'cluster-jsiz-equip', name: '中共上海卫澜精密传动有限公司支部委员会', kind: 'branch', memberCount: 12, establishedOn: '2019-06-20', secretaryName: '孔德明', town: '金山工业区' },
  { key: 'jsiz-equip-joint-2', parentKey: 'cluster-jsiz-equip', name: '中共金山工业区智能装备企业第二联合支部委员会', kind: 'joint_branch', memberCount: 10, establishedOn: '2021-07-06', secretaryName: '范小芳', town: '金山工业区' },

  // 金山工业区生命健康产业集群党委 (named in the document).
  { key: 'cluster-jsiz-health', name: '中共金山区金山工业区生命健康产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2018-08-16', secretaryName: '徐国平', town: '金山工业区' },
  { key: 'jsiz-health-wankang', parentKey: 'cluster-jsiz-health', name: '中共上海湾康生物医药有限公司总支部委员会', kind: 'general_branch', memberCount: 92, establishedOn: '2018-09-18', secretaryName: '金晓燕', town: '金山工业区' },
  { key: 'jsiz-health-jingrui', parentKey: 'cluster-jsiz-health', name: '中共上海泾瑞医疗器械有限公司支部委员会', kind: 'branch', memberCount: 38, establishedOn: '2018-10-09', secretaryName: '周文斌', town: '金山工业区' },
  { key: 'jsiz-health-joint', parentKey: 'cluster-jsiz-health', name: '中共金山工业区生命健康企业联合支部委员会', kind: 'joint_branch', memberCount: 19, establishedOn: '2019-04-23', secretaryName: '钱伟忠', town: '金山工业区' },
  { key: 'jsiz-health-kangyuan', parentKey: 'cluster-jsiz-health', name: '中共上海康沅医用材料有限公司支部委员会', kind: 'branch', memberCount: 11, establishedOn: '2019-08-27', secretaryName: '许文静', town: '金山工业区' },
  { key: 'jsiz-health-weize', parentKey: 'cluster-jsiz-health', name: '中共上海卫泽诊断试剂有限公司支部委员会', kind: 'branch', memberCount: 7, establishedOn: '2022-04-19', secretaryName: '丁志勇', town: '金山工业区' },

  // 亭林镇高端智能装备产业集群党委 (named in the document). The solid-bulk firm's branch took in Party members from the
  // liquid-bulk firm, which got its own branch later (copies the document's 汉瑞普泽 / 本优 story).
  { key: 'cluster-tinglin-equip', name: '中共金山区亭林镇高端智能装备产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2018-08-22', secretaryName: '曹雪芳', town: '亭林镇' },
  { key: 'tinglin-equip-tingrui', parentKey: 'cluster-tinglin-equip', name: '中共上海亭锐数控机床有限公司总支部委员会', kind: 'general_branch', memberCount: 68, establishedOn: '2018-09-25', secretaryName: '蒋志刚', town: '亭林镇' },
  { key: 'tinglin-equip-songyin', parentKey: 'cluster-tinglin-equip', name: '中共上海松隐粉体输送系统有限公司支部委员会', kind: 'branch', memberCount: 26, establishedOn: '2018-10-16', secretaryName: '吴美华', town: '亭林镇' },
  { key: 'tinglin-equip-tinghe', parentKey: 'cluster-tinglin-equip', name: '中共上海亭禾流体处理设备有限公司支部委员会', kind: 'branch', memberCount: 7, establishedOn: '2020-06-18', secretaryName: '姚建平', town: '亭林镇' },
  { key: 'tinglin-equip-joint', parentKey: 'cluster-tinglin-equip', name: '中共金山区亭林镇智能装备企业联合支部委员会', kind: 'joint_branch', memberCount: 24, establishedOn: '2019-05-21', secretaryName: '何立新', town: '亭林镇' },
  { key: 'tinglin-equip-tingchuan', parentKey: 'cluster-tinglin-equip', name: '中共上海亭川包装机械有限公司支部委员会', kind: 'branch', memberCount: 12, establishedOn: '2019-10-15', secretaryName: '沈玉梅', town: '亭林镇' },

  // Fill-in: 新一代信息技术 (山阳镇).
  { key: 'cluster-shanyang-it', name: '中共金山区山阳镇新一代信息技术产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2018-08-24', secretaryName: '胡玉兰', town: '山阳镇' },
  { key: 'shanyang-it-guangxian', parentKey: 'cluster-shanyang-it', name: '中共上海湾区光显材料有限公司总支部委员会', kind: 'general_branch', memberCount: 74, establishedOn: '2018-10-11', secretaryName: '王振华', town: '山阳镇' },
  { key: 'shanyang-it-lanwan', parentKey: 'cluster-shanyang-it', name: '中共上海蓝湾电子科技有限公司支部委员会', kind: 'branch', memberCount: 35, establishedOn: '2018-11-06', secretaryName: '刘海燕', town: '山阳镇' },
  { key: 'shanyang-it-joint', parentKey: 'cluster-shanyang-it', name: '中共金山区山阳镇信息技术企业联合支部委员会', kind: 'joint_branch', memberCount: 21, establishedOn: '2021-04-13', secretaryName: '张卫星', town: '山阳镇' },
  { key: 'shanyang-it-yangwan', parentKey: 'cluster-shanyang-it', name: '中共上海阳湾微电子有限公司支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2020-09-22', secretaryName: '杨海涛', town: '山阳镇' },
  { key: 'shanyang-it-joint-2', parentKey: 'cluster-shanyang-it', name: '中共金山区山阳镇软件和信息服务企业联合支部委员会', kind: 'joint_branch', memberCount: 7, establishedOn: '2023-03-28', secretaryName: '陆晓燕', town: '山阳镇' },

  // Fill-in: 新材料 (漕泾镇).
  { key: 'cluster-caojing-materials', name: '中共金山区漕泾镇新材料产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2018-08-28', secretaryName: '俞明华', town: '漕泾镇' },
  { key: 'caojing-materials-caohua', parentKey: 'cluster-caojing-materials', name: '中共上海漕华新材料股份有限公司总支部委员会', kind: 'general_branch', memberCount: 95, establishedOn: '2018-09-27', secretaryName: '潘建英', town: '漕泾镇' },
  { key: 'caojing-materials-huhangwan', parentKey: 'cluster-caojing-materials', name: '中共上海沪杭湾精细化工有限公司支部委员会', kind: 'branch', memberCount: 44, establishedOn: '2018-10-23', secretaryName: '黄志远', town: '漕泾镇' },
  { key: 'caojing-materials-joint', parentKey: 'cluster-caojing-materials', name: '中共金山区漕泾镇新材料企业联合支部委员会', kind: 'joint_branch', memberCount: 18, establishedOn: '2022-06-28', secretaryName: '倪红梅', town: '漕泾镇' },
  { key: 'caojing-materials-huagang', parentKey: 'cluster-caojing-materials', name: '中共上海化港高分子材料有限公司支部委员会', kind: 'branch', memberCount: 13, establishedOn: '2019-04-16', secretaryName: '冯国华', town: '漕泾镇' },
  { key: 'caojing-materials-hucao', parentKey: 'cluster-caojing-materials', name: '中共上海沪漕涂料有限公司支部委员会', kind: 'branch', memberCount: 7, establishedOn: '2021-11-23', secretaryName: '顾建国', town: '漕泾镇' },

  // Fill-in: 现代农业 (吕巷镇), building on the document's 吕巷 agricultural alliance. Cooperatives count among the 216.
  { key: 'cluster-lvxiang-agri', name: '中共金山区吕巷镇现代农业产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2018-08-29', secretaryName: '施永康', town: '吕巷镇' },
  { key: 'lvxiang-agri-bailonghu', parentKey: 'cluster-lvxiang-agri', name: '中共上海吕巷白龙湖果蔬专业合作社支部委员会', kind: 'branch', memberCount: 10, establishedOn: '2018-11-20', secretaryName: '褚秋萍', town: '吕巷镇' },
  { key: 'lvxiang-agri-dangtian', parentKey: 'cluster-lvxiang-agri', name: '中共上海荡田农业科技有限公司支部委员会', kind: 'branch', memberCount: 14, establishedOn: '2019-06-26', secretaryName: '费国强', town: '吕巷镇' },
  { key: 'lvxiang-agri-joint', parentKey: 'cluster-lvxiang-agri', name: '中共金山区吕巷镇农民专业合作社联合支部委员会', kind: 'joint_branch', memberCount: 15, establishedOn: '2019-01-17', secretaryName: '唐晓东', town: '吕巷镇' },
  { key: 'lvxiang-agri-joint-2', parentKey: 'cluster-lvxiang-agri', name: '中共金山区吕巷镇水果专业合作社联合支部委员会', kind: 'joint_branch', memberCount: 10, establishedOn: '2020-05-19', secretaryName: '朱金花', town: '吕巷镇' },

  // Fill-in: 现代农业 (亭林镇).
  { key: 'cluster-tinglin-agri', name: '中共金山区亭林镇现代农业产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2018-08-30', secretaryName: '马丽娟', town: '亭林镇' },
  { key: 'tinglin-agri-tingbei', parentKey: 'cluster-tinglin-agri', name: '中共上海亭北瓜果专业合作社支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2018-12-11', secretaryName: '邱建忠', town: '亭林镇' },
  { key: 'tinglin-agri-jinting', parentKey: 'cluster-tinglin-agri', name: '中共上海金亭生态农业有限公司支部委员会', kind: 'branch', memberCount: 11, establishedOn: '2019-03-26', secretaryName: '严文杰', town: '亭林镇' },
  { key: 'tinglin-agri-joint', parentKey: 'cluster-tinglin-agri', name: '中共金山区亭林镇农业经营主体联合支部委员会', kind: 'joint_branch', memberCount: 13, establishedOn: '2023-05-16', secretaryName: '卫春燕', town: '亭林镇' },
  { key: 'tinglin-agri-tingxin', parentKey: 'cluster-tinglin-agri', name: '中共上海亭新蔬果专业合作社支部委员会', kind: 'branch', memberCount: 8, establishedOn: '2021-06-08', secretaryName: '曹根林', town: '亭林镇' },

  // Fill-in: 绿色食品 (枫泾镇).
  { key: 'cluster-fengjing-food', name: '中共金山区枫泾镇绿色食品产业集群委员会', kind: 'cluster_committee', memberCount: 0, establishedOn: '2018-08-31', secretaryName: '奚志明', town: '枫泾镇' },
  { key: 'fengjing-food-fengxi', parentKey: 'cluster-fengjing-food', name: '中共上海枫溪食品有限公司总支部委员会', kind: 'general_branch', memberCount: 71, establishedOn: '2018-10-18', secretaryName: '戴玉芳', town: '枫泾镇' },
  { key: 'fengjing-food-jingnan', parentKey: 'cluster-fengjing-food', name: '中共上海泾南调味品有限公司支部委员会', kind: 'branch', memberCount: 29, establishedOn: '2018-11-27', secretaryName: '陈卫东', town: '枫泾镇' },
  { key: 'fengjing-food-joint', parentKey: 'cluster-fengjing-food', name: '中共金山区枫泾镇食品企业联合支部委员会', kind: 'joint_branch', memberCount: 20, establishedOn: '2019-09-24', secretaryName: '张丽萍', town: '枫泾镇' },
  { key: 'fengjing-food-fengfeng', parentKey: 'cluster-fengjing-food', name: '中共上海枫丰肉制品有限公司支部委员会', kind: 'branch', memberCount: 14, establishedOn: '2019-07-30', secretaryName: '屠春华', town: '枫泾镇' },

  // The document gives this committee's exact name and says it was set up "去年" (2018). It covers 32 operators and
  // 13 Party organisations in 廊下 (Jinshan), 大云 (Jiashan) and 广陈 (Pinghu), and has 书记1名、副书记2名、委员8名.
  // Only organisations in 廊下 are listed, because `town` must be a Jinshan town. The two children are invented.
  { key: 'activity-langxia-dayun-guangchen', name: '廊下·大云·广陈乡村振兴联盟·旅居产业集群活动型党委', kind: 'activity_committee', memberCount: 0, establishedOn: '2018-10-26', secretaryName: '孙静', town: '廊下镇' },
  { key: 'langxia-minsu-joint', parentKey: 'activity-langxia-dayun-guangchen', name: '中共金山区廊下镇乡村民宿联合支部委员会', kind: 'joint_branch', memberCount: 11, establishedOn: '2019-03-19', secretaryName: '姚春林', town: '廊下镇' },
  { key: 'langxia-tianyuan-coop', parentKey: 'activity-langxia-dayun-guangchen', name: '中共上海廊下田园农业休闲专业合作社支部委员会', kind: 'branch', memberCount: 9, establishedOn: '2019-05-14', secretaryName: '金伟明', town: '廊下镇' },
];
