// Chinese labels of the coded values a spreadsheet shows: what staff type, what exports write.
import { KIND_LABELS } from '../coverage/labels.ts';
import type { OrgKind } from '../orgs/schema.ts';
import type { Ownership, UnitKind } from '../units/schema.ts';

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = KIND_LABELS;

export const OWNERSHIP_LABELS: Readonly<Record<Ownership, string>> = {
  state: '国有',
  private: '民营',
  foreign: '外资',
  joint: '合资',
};

export const ORG_KIND_LABELS: Readonly<Record<OrgKind, string>> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  joint_branch: '联合党支部',
  functional_branch: '功能性党支部',
  cluster_committee: '产业集群党委',
  activity_committee: '活动型党委',
};

export const YES = '是';
export const NO = '否';
/** How exports join several names in one cell (chains, host units). */
export const NAME_SEPARATOR = '、';
