// The tenant catalog: every organisation department the source documents name.
// One source for the CDK app (one tenant construct each) and for local seeding.
import type { CreateTenant } from './schema.ts';

export const tenantCatalog: readonly CreateTenant[] = [
  // Shanghai
  { id: 'sh-jinshan', name: '中共上海市金山区委组织部', shortName: '金山区', divisionCode: '310116', province: 'SH', tier: 'pool' },
  { id: 'sh-songjiang', name: '中共上海市松江区委组织部', shortName: '松江区', divisionCode: '310117', province: 'SH', tier: 'pool' },
  { id: 'sh-baoshan', name: '中共上海市宝山区委组织部', shortName: '宝山区', divisionCode: '310113', province: 'SH', tier: 'pool' },
  { id: 'sh-minhang', name: '中共上海市闵行区委组织部', shortName: '闵行区', divisionCode: '310112', province: 'SH', tier: 'pool' },
  { id: 'sh-pudong', name: '中共上海市浦东新区委组织部', shortName: '浦东新区', divisionCode: '310115', province: 'SH', tier: 'silo' },
  { id: 'sh-jiading', name: '中共上海市嘉定区委组织部', shortName: '嘉定区', divisionCode: '310114', province: 'SH', tier: 'pool' },
  // Zhejiang
  { id: 'zj-jiashan', name: '中共嘉善县委组织部', shortName: '嘉善县', divisionCode: '330421', province: 'ZJ', tier: 'pool' },
  { id: 'zj-pinghu', name: '中共平湖市委组织部', shortName: '平湖市', divisionCode: '330482', province: 'ZJ', tier: 'pool' },
  { id: 'zj-jiaxing', name: '中共嘉兴市委组织部', shortName: '嘉兴市', divisionCode: '330400', province: 'ZJ', tier: 'pool' },
  { id: 'zj-hangzhou', name: '中共杭州市委组织部', shortName: '杭州市', divisionCode: '330100', province: 'ZJ', tier: 'silo' },
  { id: 'zj-huzhou', name: '中共湖州市委组织部', shortName: '湖州市', divisionCode: '330500', province: 'ZJ', tier: 'pool' },
  { id: 'zj-jinhua', name: '中共金华市委组织部', shortName: '金华市', divisionCode: '330700', province: 'ZJ', tier: 'pool' },
  { id: 'zj-ningbo', name: '中共宁波市委组织部', shortName: '宁波市', divisionCode: '330200', province: 'ZJ', tier: 'pool' },
  { id: 'zj-quzhou', name: '中共衢州市委组织部', shortName: '衢州市', divisionCode: '330800', province: 'ZJ', tier: 'pool' },
  // Jiangsu
  { id: 'js-suzhou', name: '中共苏州市委组织部', shortName: '苏州市', divisionCode: '320500', province: 'JS', tier: 'silo' },
  { id: 'js-qixia', name: '中共南京市栖霞区委组织部', shortName: '栖霞区', divisionCode: '320113', province: 'JS', tier: 'pool' },
  { id: 'js-nantong', name: '中共南通市委组织部', shortName: '南通市', divisionCode: '320600', province: 'JS', tier: 'pool' },
  { id: 'js-yancheng', name: '中共盐城市委组织部', shortName: '盐城市', divisionCode: '320900', province: 'JS', tier: 'pool' },
  // Anhui
  { id: 'ah-wuhu', name: '中共芜湖市委组织部', shortName: '芜湖市', divisionCode: '340200', province: 'AH', tier: 'pool' },
  { id: 'ah-xuancheng', name: '中共宣城市委组织部', shortName: '宣城市', divisionCode: '341800', province: 'AH', tier: 'pool' },
  { id: 'ah-hefei', name: '中共合肥市委组织部', shortName: '合肥市', divisionCode: '340100', province: 'AH', tier: 'pool' },
];
