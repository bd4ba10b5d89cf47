// Chinese names of the fixed coverage categories, as organisation departments write them.
import type { UnitFlag, UnitKind } from '../units/schema.ts';

export const FLAG_LABELS: Readonly<Record<UnitFlag, string>> = {
  above_size: '规模以上企业',
  hundred_plus: '百人以上企业',
  high_tech: '高新技术企业',
  little_giant: '专精特新企业',
};

export const KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  enterprise: '企业',
  cooperative: '农民专业合作社',
  park: '园区',
  town: '镇（街道）',
  department: '机关部门',
  university: '高校',
  social_org: '社会组织',
};
