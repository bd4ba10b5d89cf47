// The three demo alliances (issue 5): who founds each, who joins, and the description and charter each starts
// with. Descriptions and charter articles restate shared/seeds/001 (Langxia·Dayun·Guangchen, G60) and
// shared/seeds/004 (Minhang's city corridor) closely. Ours, not the documents': the article numbering, the
// secretariat articles, the G60 article on yearly joint meetings hosted in turn (the brief's reading of "2019 in
// Wuhu") and the Minhang charter's title. The G60 agreement's title is the document's
// (《G60科创走廊党建共建框架协议》) but its text is not, so its articles restate what the agreement led to.
import type { DemoAlliance } from './alliance-types.ts';

const articles = (title: string, lines: readonly string[]) =>
  [title, ...lines.map((line, i) => `第${'一二三四五六七八九十'.charAt(i)}条　${line}`)].join('\n');

export const langxiaAlliance: DemoAlliance = {
  key: 'langxia',
  name: '廊下·大云·广陈乡村振兴联盟·旅居产业集群活动型党委',
  kind: 'cluster',
  secretariatTenantId: 'sh-jinshan',
  memberTenantIds: ['zj-jiashan', 'zj-pinghu'],
  description:
    '金山廊下、嘉善大云、平湖广陈三个毗邻的现代农业旅游小镇携手成立，以“毗邻党建”为统领，覆盖三地乡村旅居经营主体 32 家、党组织 13 家。党委设书记 1 名、副书记 2 名、委员 8 名，下设日常工作联络组，“双月”召开一次党委会议。开展“农场主沙龙”、专题培训、政策研究、项目指导、品牌建设等精准服务，与春秋旅行社合作开通三镇春秋旅游直通车，发布 6 条三地旅游精品线路。',
  charter: articles('廊下·大云·广陈乡村振兴联盟·旅居产业集群活动型党委章程', [
    '本党委由上海市金山区廊下镇、浙江省嘉善县大云镇、浙江省平湖市广陈镇三个毗邻的现代农业旅游小镇共同组建，名称为廊下·大云·广陈乡村振兴联盟·旅居产业集群活动型党委。',
    '本党委以“毗邻党建”为统领，搭建精准服务平台，谋划旅居精品项目，创新党建模式，当好三地乡村旅居产业“店小二”，启动沪浙乡村振兴“红色引擎”，实现党建工作和产业发展比翼双飞。',
    '本党委覆盖三地农产品生产经营与农业休闲旅游的专业合作社、家庭农场、民宿等乡村旅居经营主体及其党组织。',
    '本党委设书记 1 名、副书记 2 名、委员 8 名，下设日常工作联络组。',
    '本党委“双月”召开一次党委会议，总结前阶段工作开展情况，交流工作信息，研究谋划合作项目，制定下阶段工作计划。',
    '本党委经常走访乡村旅居经营主体、听取意见建议，针对产业发展过程中存在的问题进行讨论研究，分析并提出相应解决方案。',
    '本党委立足产业发展实际，有目的、有计划地开展“农场主沙龙”、专题培训、政策研究、项目指导、品牌建设等精准服务，共同挖掘培育旅游线路与农产品展销渠道。',
    '秘书处设在金山区，负责成员联络、资源需求清单维护和会议组织。',
  ]),
};

export const g60Alliance: DemoAlliance = {
  key: 'g60',
  name: 'G60科创走廊党建联盟',
  kind: 'corridor',
  secretariatTenantId: 'sh-songjiang',
  memberTenantIds: [
    'zj-jiaxing',
    'zj-hangzhou',
    'zj-jinhua',
    'zj-huzhou',
    'js-suzhou',
    'ah-xuancheng',
    'ah-wuhu',
    'ah-hefei',
  ],
  description:
    '依托 G60 高速和沪苏湖高铁，由 1.0 版 G60 上海松江科创走廊、2.0 版沪嘉杭 G60 科创走廊迈向 3.0 版长三角 G60 科创走廊，形成覆盖松江、嘉兴、杭州、金华、苏州、湖州、宣城、芜湖、合肥的“一廊一核九城”总体空间布局。深入落实《G60科创走廊党建共建框架协议》，在成立新材料、人工智能等产业联盟的过程中同步探索长三角党建工作协同发展机制，聚合九城市 547 个院士专家工作站、771 个博士后工作站等产学研力量。2019 年联席会议在芜湖召开。',
  charter: articles('G60科创走廊党建共建框架协议', [
    '协议各方为松江、嘉兴、杭州、金华、苏州、湖州、宣城、芜湖、合肥九城市党委组织部门，共同推进“一廊一核九城”党建共建。',
    '各方坚持党建引领，让党建的力量、事业的力量超过资本的力量，打造科技和制度创新双轮驱动、产业和城市一体化发展的先行先试走廊。',
    '在成立新材料、人工智能等产业联盟的过程中，同步探索长三角党建工作协同发展机制，把党组织建在产业集群上。',
    '深化城市党建联建、科创合作、人才共享等举措。',
    '依托 G60 脑智科创基地、之江实验室、纳米技术研究院等，聚合九城市院士专家工作站、博士后工作站等产学研力量，不断扩大科创资源集聚优势。',
    '共同举办智造中国峰会、要素对接大会、两院院士走进 G60 等重大活动。',
    '每年召开一次联席会议，由九城市按年度轮值承办。',
    '秘书处设在松江区，负责协议各方的联络和共建事项的统筹推进。',
  ]),
};

export const minhangAlliance: DemoAlliance = {
  key: 'minhang',
  name: '闵行枢纽党建·城市连廊',
  kind: 'hub',
  secretariatTenantId: 'sh-minhang',
  memberTenantIds: [
    'js-suzhou',
    'js-nantong',
    'js-yancheng',
    'zj-ningbo',
    'zj-jiaxing',
    'zj-quzhou',
    'ah-wuhu',
  ],
  description:
    '闵行区委组织部牵头，与江苏省苏州市、南通市、盐城市，浙江省宁波市、嘉兴市、衢州市，安徽省芜湖市等 7 城市组织部门对接联动，启动“枢纽党建·城市连廊”，打造 80 个基层干部实训点，以组织纽带架起三省一市沟通桥梁。联动长三角人工智能党建联盟（覆盖服务超过 1600 家人工智能相关企业）和长三角医药产业链党建联盟（40 余家单位党组织），服务虹桥国际开放枢纽建设。',
  charter: articles('“枢纽党建·城市连廊”合作框架', [
    '闵行区委组织部与苏州、南通、盐城、宁波、嘉兴、衢州、芜湖等 7 城市组织部门对接联动，共建“枢纽党建·城市连廊”。',
    '各方坚持“跳出闵行看闵行”，将党建工作作为推动长三角一体化发展的重要抓手，以一体化的思路和举措打破行业、区域壁垒。',
    '共同打造 80 个基层干部实训点，互派基层干部实训交流。',
    '支持长三角人工智能党建联盟、长三角医药产业链党建联盟开展专题研讨、考察交流、项目洽谈、行业研究等对接活动，推动产业“抱团发展”。',
    '依托虹桥国际中央商务区企业服务中心和跨省政务服务平台，为各方企业提供异地办理等全方位服务。',
    '建立党群联动、发展联推、社会联治、服务联手、人才联育等“五联”运行机制。',
    '形成资源、需求、项目“三张清单”，推进党组织“双向认领”项目。',
    '秘书处设在闵行区，负责连廊各方的联络和清单的日常维护。',
  ]),
};

/** In the order they are seeded. */
export const demoAlliances: readonly DemoAlliance[] = [langxiaAlliance, g60Alliance, minhangAlliance];
