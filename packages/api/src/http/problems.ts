// Every error a client can see: one table from domain code to HTTP status, stable problem code and texts.
import {
  activityStatusLabel,
  type DomainErrorCode,
  MEETING_STATUS_LABELS,
  problemStatusLabel,
  statusLabel,
} from '@lianjian/core';
import type { Text } from './lang.ts';

export interface ProblemType {
  readonly status: number;
  /** Stable, documented code clients branch on. */
  readonly code: string;
  readonly title: Text;
  readonly detail?: (params: Readonly<Record<string, string | number>>) => Text;
}

const problem = (
  status: number,
  code: string,
  zh: string,
  en: string,
  detail?: ProblemType['detail'],
): ProblemType =>
  detail ? { status, code, title: { zh, en }, detail } : { status, code, title: { zh, en } };

/** A meeting or action-item status in both languages; an unknown one as it is. */
const meetingStatus = (status: string | number | undefined) =>
  MEETING_STATUS_LABELS[String(status) as keyof typeof MEETING_STATUS_LABELS] ?? {
    zh: String(status),
    en: String(status),
  };

export const PROBLEMS: Readonly<Record<DomainErrorCode, ProblemType>> = {
  'auth.tokenMissing': problem(401, 'token_missing', '需要登录', 'Authentication required', () => ({
    zh: '请求缺少 Authorization: Bearer 令牌',
    en: 'The request has no Authorization: Bearer token',
  })),
  'auth.tokenInvalid': problem(401, 'token_invalid', '令牌无效', 'Invalid token', () => ({
    zh: '令牌无法验证（签名、签发者、受众或格式不正确）',
    en: 'The token could not be verified (signature, issuer, audience or format)',
  })),
  'auth.tokenExpired': problem(401, 'token_expired', '令牌已过期', 'Token expired', () => ({
    zh: '令牌已过期，请重新登录获取新令牌',
    en: 'The token has expired; sign in again for a new one',
  })),
  'auth.forbidden': problem(403, 'forbidden', '无权执行此操作', 'Not allowed', () => ({
    zh: '当前身份的角色或授权范围不允许此操作',
    en: 'Your role or scope does not allow this operation',
  })),
  'auth.tenantSuspended': problem(403, 'tenant_suspended', '租户已暂停', 'Tenant suspended', (p) => ({
    zh: `租户 ${p.tenantId} 已被暂停使用，请联系平台管理员`,
    en: `Tenant ${p.tenantId} is suspended; contact the platform operators`,
  })),
  'auth.tenantUnknown': problem(403, 'tenant_unknown', '租户不存在', 'Unknown tenant', (p) => ({
    zh: `令牌所属租户 ${p.tenantId} 未开通`,
    en: `The token's tenant ${p.tenantId} is not onboarded`,
  })),
  'auth.tenantInactive': problem(403, 'tenant_inactive', '租户未启用', 'Tenant not active', (p) => ({
    zh: `租户 ${p.tenantId} 当前状态为 ${p.status}，暂不能使用`,
    en: `Tenant ${p.tenantId} is ${p.status} and cannot be used`,
  })),
  'input.invalid': problem(400, 'validation_failed', '请求参数有误', 'Invalid request', () => ({
    zh: '请求中有字段不符合要求，详见 errors',
    en: 'Some fields of the request are invalid; see errors',
  })),
  'input.invalidJson': problem(400, 'invalid_json', '请求体不是有效的 JSON', 'Malformed JSON body'),
  'input.unsupportedMediaType': problem(
    415,
    'unsupported_media_type',
    '不支持的内容类型',
    'Unsupported media type',
    (p) => ({
      zh: `请求体须为 ${p.types ?? 'application/json'}`,
      en: `The request body must be ${p.types ?? 'application/json'}`,
    }),
  ),
  'input.tooLarge': problem(413, 'payload_too_large', '请求体过大', 'Request body too large', (p) => ({
    zh: `请求体不得超过 ${p.limit} 字节`,
    en: `The request body must not exceed ${p.limit} bytes`,
  })),
  'input.invalidCursor': problem(400, 'invalid_cursor', '分页游标无效', 'Invalid cursor', () => ({
    zh: '游标已被修改，或不属于此查询；请从第一页重新获取',
    en: 'The cursor was altered or belongs to another query; start again from the first page',
  })),
  'input.invalidIfMatch': problem(400, 'invalid_if_match', 'If-Match 格式有误', 'Malformed If-Match', () => ({
    zh: 'If-Match 须为资源的 ETag，例如 "3"',
    en: 'If-Match must be the resource ETag, e.g. "3"',
  })),
  'resource.notFound': problem(404, 'not_found', '资源不存在', 'Not found', () => ({
    zh: '请求的资源不存在，或您无权访问',
    en: 'The resource does not exist or is not yours',
  })),
  'version.required': problem(428, 'if_match_required', '缺少 If-Match', 'If-Match required', () => ({
    zh: '修改或删除须带 If-Match 请求头，值为读取时的 ETag',
    en: 'Updates and deletions need an If-Match header with the ETag you read',
  })),
  'version.mismatch': problem(412, 'version_mismatch', '数据已被他人修改', 'Version mismatch', () => ({
    zh: '资源已被修改，请重新读取后再提交',
    en: 'The resource has changed since you read it; read it again and retry',
  })),
  'idempotency.keyReused': problem(
    422,
    'idempotency_key_reused',
    '幂等键已被使用',
    'Idempotency key reused',
    () => ({
      zh: '同一 Idempotency-Key 已用于另一个不同的请求',
      en: 'This Idempotency-Key was already used for a different request',
    }),
  ),
  'idempotency.inProgress': problem(
    409,
    'idempotency_in_progress',
    '相同请求正在处理',
    'Request in progress',
    () => ({
      zh: '使用相同 Idempotency-Key 的请求正在处理，请稍后重试',
      en: 'A request with the same Idempotency-Key is being processed; retry shortly',
    }),
  ),
  'tenant.exists': problem(409, 'tenant_exists', '租户已存在', 'Tenant exists', (p) => ({
    zh: `租户标识 ${p.id} 已被使用`,
    en: `Tenant id ${p.id} is already taken`,
  })),
  'tenant.retired': problem(409, 'tenant_retired', '租户已注销', 'Tenant retired', (p) => ({
    zh: `租户 ${p.id} 正在注销或已注销，不能再修改或重新开通`,
    en: `Tenant ${p.id} is offboarding or deleted; it cannot be changed or onboarded again`,
  })),
  'tenant.invalidTransition': problem(
    409,
    'invalid_transition',
    '租户状态不允许此操作',
    'Invalid status change',
    (p) => ({
      zh: `租户状态不能从 ${p.from} 改为 ${p.to}`,
      en: `A tenant cannot go from ${p.from} to ${p.to}`,
    }),
  ),
  'tenant.provinceMismatch': problem(
    400,
    'province_mismatch',
    '行政区划代码与省份不符',
    'Province mismatch',
    (p) => ({
      zh: `区划代码 ${p.code} 不属于 ${p.province}`,
      en: `Division code ${p.code} is not in ${p.province}`,
    }),
  ),
  'org.parentNotFound': problem(400, 'parent_not_found', '上级党组织不存在', 'Parent not found', () => ({
    zh: 'parentId 指向的党组织在本租户中不存在',
    en: 'parentId names no organization of your tenant',
  })),
  'org.cycle': problem(409, 'org_cycle', '不能移到自身下级', 'Would create a cycle', () => ({
    zh: '党组织不能成为自身或其下级组织的下级',
    en: 'An organization cannot be placed under itself or one of its descendants',
  })),
  'org.hasChildren': problem(409, 'org_has_children', '存在下级党组织', 'Has child organizations', (p) => ({
    zh: `该党组织还有 ${p.count} 个下级组织，须先删除或移走`,
    en: `The organization still has ${p.count} child organizations; delete or move them first`,
  })),
  'org.hostNotFound': problem(422, 'host_unit_not_found', '所在单位不存在', 'Host unit not found', (p) => ({
    zh: `hostUnitIds 中的单位 ${p.unitId} 在本租户中不存在`,
    en: `hostUnitIds names unit ${p.unitId}, which your tenant does not have`,
  })),
  'unit.creditCodeTaken': problem(
    409,
    'credit_code_taken',
    '统一社会信用代码已存在',
    'Credit code already used',
    (p) => ({
      zh: `统一社会信用代码 ${p.creditCode} 已登记在本租户的另一个单位`,
      en: `Credit code ${p.creditCode} already belongs to another unit of your tenant`,
    }),
  ),
  'unit.nameTaken': problem(409, 'unit_name_taken', '单位名称已存在', 'Unit name already used', (p) => ({
    zh: `本租户已有名为“${p.name}”的单位`,
    en: `Your tenant already has a unit named "${p.name}"`,
  })),
  'unit.hostsOrgs': problem(409, 'unit_hosts_orgs', '单位仍有党组织', 'Unit hosts organizations', (p) => ({
    zh: `该单位还是 ${p.count} 个党组织的所在单位，须先调整这些党组织`,
    en: `The unit still hosts ${p.count} organizations; change their hosts first`,
  })),
  'chain.unitNotFound': problem(422, 'unit_not_found', '单位不存在', 'Unit not found', (p) => ({
    zh: `单位 ${p.unitId} 在本租户中不存在`,
    en: `Unit ${p.unitId} does not exist in your tenant`,
  })),
  'chain.orgNotFound': problem(422, 'org_not_found', '党组织不存在', 'Organization not found', (p) => ({
    zh: `党组织 ${p.orgId} 在本租户中不存在`,
    en: `Organization ${p.orgId} does not exist in your tenant`,
  })),
  'chain.hasMembers': problem(409, 'chain_has_members', '产业链仍有成员单位', 'Chain has members', (p) => ({
    zh: `该产业链还有 ${p.count} 个成员单位，须先移出`,
    en: `The chain still has ${p.count} member units; remove them first`,
  })),
  'chain.tooManyChains': problem(
    409,
    'too_many_chains',
    '单位所属产业链过多',
    'Unit is in too many chains',
    (p) => ({
      zh: `一个单位最多属于 ${p.limit} 条产业链`,
      en: `A unit can belong to at most ${p.limit} chains`,
    }),
  ),
  'import.invalidHeader': problem(
    422,
    'import_header_invalid',
    '表头与模板不符',
    'Header does not match the template',
    () => ({
      zh: '文件第一行须为模板中的列名，详见 rejected；可下载模板对照',
      en: 'The first row must hold the template column names; see rejected, and compare with the template',
    }),
  ),
  'import.rejected': problem(
    422,
    'import_rejected',
    '导入数据有误，未写入任何数据',
    'Import rejected',
    (p) => ({
      zh: `有 ${p.count} 行数据有误（详见 rejected），按“全部成功或全部不写”模式未写入任何数据`,
      en: `${p.count} rows are invalid (see rejected); in all-or-nothing mode nothing was written`,
    }),
  ),
  'import.unreadable': problem(400, 'file_unreadable', '无法读取文件', 'Unreadable file', () => ({
    zh: '文件不是可读取的 .xlsx 或 CSV 文件（CSV 须为 UTF-8 或 GB18030 编码；不支持旧版 .xls 和加密文件）',
    en: 'The file is not a readable .xlsx or CSV file (CSV in UTF-8 or GB18030; no legacy .xls, no encrypted workbooks)',
  })),
  'import.tooLarge': problem(413, 'file_too_large', '文件过大', 'File too large', (p) => {
    if (p.limit === 'rows')
      return {
        zh: `文件不得超过 ${Number(p.max) - 1} 行数据；请分成几个文件导入`,
        en: `The file must not have more than ${Number(p.max) - 1} data rows; split it`,
      };
    if (p.limit === 'columns')
      return { zh: `文件不得超过 ${p.max} 列`, en: `The file must not have more than ${p.max} columns` };
    return {
      zh: `文件内容不得超过 ${p.max} 字节`,
      en: `The file's content must not exceed ${p.max} bytes`,
    };
  }),
  'alliance.inviteeNotFound': problem(
    422,
    'invitee_not_found',
    '被邀请的租户不存在',
    'Invited tenant not found',
    (p) => ({
      zh: `租户 ${p.tenantId} 未开通，无法邀请`,
      en: `Tenant ${p.tenantId} is not onboarded and cannot be invited`,
    }),
  ),
  'alliance.inviteeInactive': problem(
    409,
    'invitee_inactive',
    '被邀请的租户未启用',
    'Invited tenant not active',
    (p) => ({
      zh: `租户 ${p.tenantId} 当前状态为 ${p.status}，不能邀请`,
      en: `Tenant ${p.tenantId} is ${p.status} and cannot be invited`,
    }),
  ),
  'alliance.alreadyMember': problem(409, 'already_member', '已是联盟成员', 'Already a member', (p) => ({
    zh: `租户 ${p.tenantId} 已是本联盟成员`,
    en: `Tenant ${p.tenantId} is already a member of this alliance`,
  })),
  'alliance.alreadyInvited': problem(409, 'already_invited', '已发出邀请', 'Already invited', (p) => ({
    zh: `已邀请租户 ${p.tenantId}，邀请仍在有效期内`,
    en: `Tenant ${p.tenantId} has a pending invitation`,
  })),
  'alliance.full': problem(409, 'alliance_full', '联盟成员已满', 'Alliance is full', (p) => ({
    zh: `一个联盟最多 ${p.limit} 个成员单位`,
    en: `An alliance has at most ${p.limit} member tenants`,
  })),
  'alliance.lastSecretariat': problem(409, 'last_secretariat', '秘书处不能空缺', 'Last secretariat', () => ({
    zh: '这是联盟唯一的秘书处，请先将秘书处职责移交给其他成员',
    en: "This is the alliance's only secretariat; hand the role to another member first",
  })),
  'alliance.secretariatOnly': problem(403, 'secretariat_only', '仅秘书处可操作', 'Secretariat only', () => ({
    zh: '此操作只能由联盟秘书处执行',
    en: 'Only the alliance secretariat may do this',
  })),
  'alliance.tenantNotMember': problem(
    422,
    'tenant_not_member',
    '租户不是联盟成员',
    'Tenant is not a member',
    (p) => ({
      zh: `租户 ${p.tenantId} 不是本联盟的现有成员`,
      en: `Tenant ${p.tenantId} is not a current member of this alliance`,
    }),
  ),
  'committee.secretaryTaken': problem(
    409,
    'committee_secretary_taken',
    '委员会已有书记',
    'Committee already has a secretary',
    () => ({
      zh: '联盟委员会只能设一名书记；请先修改或删除现任书记',
      en: 'The committee has one secretary at most; change or remove the current one first',
    }),
  ),
  'committee.full': problem(409, 'committee_full', '委员会职位已满', 'Committee is full', (p) => ({
    zh: `联盟委员会最多 ${p.limit} 个职位`,
    en: `The committee has at most ${p.limit} positions`,
  })),
  'chair.noSchedule': problem(409, 'chair_no_schedule', '尚未设置轮值安排', 'No rotation set', () => ({
    zh: '请先设置轮值主席的轮值顺序、任期和起始日期',
    en: "Set the chair's rotation, term and start date first",
  })),
  'chair.notInRotation': problem(
    422,
    'chair_not_in_rotation',
    '该租户不在轮值顺序中',
    'Tenant not in the rotation',
    (p) => ({
      zh: `租户 ${p.tenantId} 不在轮值顺序中，请先修改轮值安排`,
      en: `Tenant ${p.tenantId} is not in the rotation; change the schedule first`,
    }),
  ),
  'chair.alreadyChair': problem(409, 'chair_already_chair', '已是现任轮值主席', 'Already the chair', (p) => ({
    zh: `租户 ${p.tenantId} 已是现任轮值主席`,
    en: `Tenant ${p.tenantId} already holds the chair`,
  })),
  'memberUnit.alreadyEnrolled': problem(
    409,
    'member_unit_already_enrolled',
    '已登记为成员单位',
    'Already enrolled',
    () => ({
      zh: '该单位或党组织已登记为本联盟的成员单位',
      en: 'This unit or organization is already a member unit of this alliance',
    }),
  ),
  'memberUnit.sourceNotFound': problem(
    422,
    'member_unit_source_not_found',
    '单位或党组织不存在',
    'Unit or organization not found',
    (p) => ({
      zh: `${p.kind === 'org' ? '党组织' : '单位'} ${p.id} 在本租户中不存在`,
      en: `${p.kind === 'org' ? 'Organization' : 'Unit'} ${p.id} does not exist in your tenant`,
    }),
  ),
  'memberUnit.sourceGone': problem(
    409,
    'member_unit_source_gone',
    '原始记录已删除',
    'Source record deleted',
    () => ({
      zh: '该成员单位对应的本单位记录已删除，无法更新；可撤回此成员单位',
      en: 'The record this member unit copies was deleted, so it cannot be copied again; withdraw the member unit instead',
    }),
  ),
  'memberUnit.ownerOnly': problem(403, 'member_unit_owner_only', '仅登记方可修改', 'Owner only', () => ({
    zh: '只有登记该成员单位的租户可以修改或撤回它',
    en: 'Only the tenant that enrolled this member unit may change or withdraw it',
  })),
  'memberUnit.notOwn': problem(
    422,
    'member_unit_not_found',
    '成员单位不存在',
    'Member unit not found',
    (p) => ({
      zh: `${p.field} 指向的成员单位 ${p.memberUnitId} 不存在，或不是本单位在本联盟登记的成员单位`,
      en: `${p.field} names member unit ${p.memberUnitId}, which does not exist or is not one your tenant enrolled in this alliance`,
    }),
  ),
  'memberUnit.fieldNotShareable': problem(
    400,
    'field_not_shareable',
    '字段不可共享',
    'Field cannot be shared',
    (p) => ({
      zh: `字段 ${p.field} 不能在${p.kind === 'org' ? '党组织' : '单位'}类成员单位中展示`,
      en: `Field ${p.field} cannot be shown for a member unit of kind ${p.kind}`,
    }),
  ),
  'item.notOwner': problem(403, 'not_item_owner', '仅发布单位可修改', 'Not the item owner', () => ({
    zh: '只有发布该条目的成员单位可以修改、撤回或答复认领；秘书处只能关闭或隐藏',
    en: 'Only the member that posted the item may edit, withdraw it or answer its claims; the secretariat may only close or hide it',
  })),
  'item.notOpen': problem(409, 'item_not_open', '条目不在开放状态', 'Item not open', (p) => ({
    zh: `条目当前状态为“${statusLabel(p.status).zh}”，不能执行此操作`,
    en: `The item is ${statusLabel(p.status).en}; this is not possible now`,
  })),
  'item.validUntilPast': problem(400, 'valid_until_past', '有效期已过', 'Valid-until in the past', (p) => ({
    zh: `有效期 ${p.validUntil} 早于今天（北京时间）`,
    en: `Valid-until ${p.validUntil} is before today (Asia/Shanghai)`,
  })),
  'item.quantityBelowAllocated': problem(
    409,
    'quantity_below_allocated',
    '数量少于已分配数量',
    'Quantity below allocation',
    (p) => ({
      zh: `已接受的认领共 ${p.allocated}，数量不能改为 ${p.quantity}`,
      en: `Accepted claims already take ${p.allocated}; the quantity cannot be ${p.quantity}`,
    }),
  ),
  'claim.ownItem': problem(409, 'own_item', '不能认领本单位的条目', 'Own item', () => ({
    zh: '发布单位不能认领自己发布的资源或需求',
    en: 'A member cannot claim a resource or need it posted itself',
  })),
  'claim.quantityExhausted': problem(
    409,
    'quantity_exhausted',
    '剩余数量不足',
    'Quantity exhausted',
    (p) => ({
      zh: `剩余数量为 ${p.remaining}，不足认领的 ${p.quantity}`,
      en: `Only ${p.remaining} remains; the claim asks for ${p.quantity}`,
    }),
  ),
  'claim.tooManyPending': problem(
    409,
    'too_many_pending_claims',
    '待答复的认领过多',
    'Too many pending claims',
    (p) => ({
      zh: `一个条目最多有 ${p.limit} 个待答复的认领，请等发布单位答复后再认领`,
      en: `An item has at most ${p.limit} pending claims; wait for the owner to answer some`,
    }),
  ),
  'claim.notPending': problem(409, 'claim_not_pending', '认领已处理', 'Claim not pending', (p) => ({
    zh: `该认领当前状态为“${statusLabel(p.status).zh}”，不能再接受、谢绝或撤回`,
    en: `The claim is ${statusLabel(p.status).en}; it can no longer be accepted, declined or withdrawn`,
  })),
  'claim.notClaimant': problem(403, 'not_claimant', '仅认领单位可撤回', 'Not the claimant', () => ({
    zh: '只有提出认领的成员单位可以撤回认领',
    en: 'Only the member that made the claim may withdraw it',
  })),
  'leaderboard.notComputed': problem(
    404,
    'leaderboard_not_computed',
    '榜单尚未生成',
    'Leaderboard not computed',
    (p) => ({
      zh: `${p.month} 的先锋榜单尚未生成（每日计算一次；本月以前的月份在联盟建立之后才有）`,
      en: `The leaderboard of ${p.month} has not been computed yet (it is computed daily, for months since the alliance began)`,
    }),
  ),
  'project.claimNotFound': problem(
    422,
    'linked_claim_not_found',
    '关联的认领不存在',
    'Linked claim not found',
    (p) => ({
      zh: `${p.field} 指向的认领 ${p.claimId} 不存在或类型不符`,
      en: `${p.field} names claim ${p.claimId}, which does not exist or is of another kind`,
    }),
  ),
  'project.claimNotAccepted': problem(
    409,
    'claim_not_accepted',
    '认领尚未接受',
    'Claim not accepted',
    (p) => ({
      zh: `认领 ${p.claimId} 当前状态为 ${p.status}，只有已接受的认领可以组成项目`,
      en: `Claim ${p.claimId} is ${p.status}; only accepted claims can be joined into a project`,
    }),
  ),
  'project.claimLinked': problem(
    409,
    'claim_already_linked',
    '认领已组成项目',
    'Claim already linked',
    (p) => ({
      zh: `认领 ${p.claimId} 已关联到另一个项目`,
      en: `Claim ${p.claimId} is already linked to a project`,
    }),
  ),
  'project.notParty': problem(
    403,
    'not_claim_party',
    '不是认领的当事方',
    'Not a party to the claim',
    (p) => ({
      zh: `只有认领 ${p.claimId} 的发布单位或认领单位可以用它组成项目`,
      en: `Only the item owner or the claimant of claim ${p.claimId} may join it into a project`,
    }),
  ),
  'activity.notOrganiser': problem(403, 'not_organiser', '仅主办单位可操作', 'Not the organiser', () => ({
    zh: '只有主办该活动的成员单位可以修改活动、推进状态、登记成果和考勤；秘书处只能取消活动',
    en: 'Only the member that organises the activity may edit it, move its status, record outcomes and attendance; the secretariat may only cancel it',
  })),
  'activity.wrongStatus': problem(
    409,
    'activity_status_conflict',
    '活动状态不允许此操作',
    'Not possible in this status',
    (p) => ({
      zh: `活动当前状态为“${activityStatusLabel(p.status).zh}”，不能执行此操作（${p.action}）`,
      en: `The activity is ${activityStatusLabel(p.status).en}; ${p.action} is not possible now`,
    }),
  ),
  'activity.notOpen': problem(409, 'activity_not_open', '活动未在报名中', 'Activity not open', (p) => ({
    zh: `活动当前状态为“${activityStatusLabel(p.status).zh}”，不接受报名`,
    en: `The activity is ${activityStatusLabel(p.status).en} and takes no registrations`,
  })),
  'activity.registrationClosed': problem(
    409,
    'registration_deadline_passed',
    '报名已截止',
    'Registration deadline passed',
    (p) => ({
      zh: `报名截止时间为 ${p.deadline}`,
      en: `Registration closed at ${p.deadline}`,
    }),
  ),
  'activity.quotaExceeded': problem(409, 'quota_exceeded', '名额已满', 'Quota exceeded', (p) => ({
    zh:
      Number(p.quota) > 0
        ? `${p.tenantId} 的名额（${p.quota}人）已用完`
        : `${p.tenantId} 没有分配名额，未分配的名额也已用完`,
    en:
      Number(p.quota) > 0
        ? `The quota of ${p.tenantId} (${p.quota} places) is used up`
        : `${p.tenantId} has no quota and no unallocated places remain`,
  })),
  'activity.full': problem(409, 'activity_full', '活动名额已满', 'Activity full', (p) => ({
    zh: `活动的 ${p.capacity} 个名额已全部报满`,
    en: `All ${p.capacity} places of the activity are taken`,
  })),
  'activity.quotasOverCapacity': problem(
    400,
    'quotas_exceed_capacity',
    '分配名额超过总名额',
    'Quotas exceed capacity',
    (p) => ({
      zh: `各成员单位名额合计 ${p.quotas}，超过总名额 ${p.capacity}（分配名额须先设总名额）`,
      en: `Quotas add up to ${p.quotas}, more than the capacity of ${p.capacity} (quotas need a capacity)`,
    }),
  ),
  'activity.belowRegistered': problem(
    409,
    'plan_below_registrations',
    '名额少于已报名人数',
    'Plan below registrations',
    (p) => ({
      zh: `已有 ${p.registered} 人报名，新的总名额或分配名额容纳不下已有报名`,
      en: `${p.registered} people are registered; the new capacity or quotas would not hold them`,
    }),
  ),
  'activity.endsBeforeStart': problem(
    400,
    'ends_before_start',
    '结束时间早于开始时间',
    'Ends before it starts',
    (p) => ({
      zh: `结束时间 ${p.endsAt} 早于开始时间 ${p.startsAt}`,
      en: `The end ${p.endsAt} is before the start ${p.startsAt}`,
    }),
  ),
  'registration.notActive': problem(
    409,
    'registration_cancelled',
    '报名已取消',
    'Registration cancelled',
    () => ({
      zh: '该报名已取消，不能再取消或登记考勤',
      en: 'The registration is cancelled; it cannot be cancelled again or marked for attendance',
    }),
  ),
  'problem.notAssignee': problem(403, 'not_problem_assignee', '仅承办单位可办理', 'Not the assignee', () => ({
    zh: '只有承办该问题的成员单位可以受理、办理、办结或退回它',
    en: 'Only the member the problem is assigned to may accept, work on, resolve or reject it',
  })),
  'problem.notRaiser': problem(403, 'not_problem_raiser', '仅提出单位可操作', 'Not the raiser', () => ({
    zh: '只有提出该问题的成员单位可以关闭（评价）或重新打开它',
    en: 'Only the member that raised the problem may close (rate) or reopen it',
  })),
  'problem.notParty': problem(403, 'not_problem_party', '不是问题的当事方', 'Not a party', () => ({
    zh: '只有提出单位、承办单位和秘书处可以查看和发表问题的沟通记录',
    en: "Only the raiser, the assignee and the secretariat read and write a problem's comments",
  })),
  'problem.invalidTransition': problem(
    409,
    'problem_status_conflict',
    '问题状态不允许此操作',
    'Not possible in this status',
    (p) => ({
      zh: `问题当前状态为“${problemStatusLabel(p.status).zh}”，不能执行此操作（${p.action}）`,
      en: `The problem is ${problemStatusLabel(p.status).en}; ${p.action} is not possible now`,
    }),
  ),
  'problem.selfAssigned': problem(
    409,
    'problem_self_assigned',
    '不能交由提出单位承办',
    'Raiser cannot be assignee',
    () => ({
      zh: '问题须交由提出单位以外的成员单位承办',
      en: 'A problem must be assigned to a member other than the one that raised it',
    }),
  ),
  'problem.sameAssignee': problem(
    409,
    'problem_same_assignee',
    '已由该单位承办',
    'Already assigned there',
    (p) => ({
      zh: `问题已由 ${p.tenantId} 承办，请改派其他成员单位`,
      en: `The problem is already assigned to ${p.tenantId}; reassign it to another member`,
    }),
  ),
  'problem.dueDateOutOfRange': problem(
    400,
    'due_date_out_of_range',
    '办理时限超出范围',
    'Due date out of range',
    (p) => ({
      zh: `办理时限 ${p.dueDate} 须在 ${p.today} 至 ${p.latest} 之间（北京时间）`,
      en: `The due date ${p.dueDate} must be between ${p.today} and ${p.latest} (Asia/Shanghai)`,
    }),
  ),
  'problem.memberUnitNotFound': problem(
    422,
    'problem_member_unit_not_found',
    '成员单位不存在',
    'Member unit not found',
    (p) => ({
      zh: `成员单位 ${p.memberUnitId} 不存在，或不是本单位在本联盟登记的成员单位`,
      en: `Member unit ${p.memberUnitId} does not exist or is not one your tenant enrolled in this alliance`,
    }),
  ),
  'meeting.notHost': problem(403, 'not_meeting_host', '仅秘书处或承办单位可操作', 'Not the host', () => ({
    zh: '会议及其待办事项只能由联盟秘书处或会议承办单位安排和修改',
    en: "Only the alliance's secretariat or the meeting's host may arrange or change the meeting and its action items",
  })),
  'meeting.notScheduled': problem(
    409,
    'meeting_not_scheduled',
    '会议已召开或已取消',
    'Meeting not scheduled',
    (p) => ({
      zh: `会议当前状态为“${meetingStatus(p.status).zh}”，不能再召开或取消${p.status === 'cancelled' ? '，也不能修改' : ''}`,
      en: `The meeting is ${meetingStatus(p.status).en}; it can no longer be held or cancelled${p.status === 'cancelled' ? ', nor changed' : ''}`,
    }),
  ),
  'meeting.inFuture': problem(409, 'meeting_in_future', '会议日期未到', 'Meeting date not reached', (p) => ({
    zh: `会议日期为 ${p.date}，当天或之后才能标记为已召开`,
    en: `The meeting is dated ${p.date}; it can be marked held on or after that day`,
  })),
  'meeting.cancelled': problem(409, 'meeting_cancelled', '会议已取消', 'Meeting cancelled', () => ({
    zh: '已取消的会议不能再添加待办事项',
    en: 'A cancelled meeting takes no action items',
  })),
  'actionItem.notAssignee': problem(403, 'not_assignee', '仅责任单位可标记完成', 'Not the assignee', () => ({
    zh: '只有待办事项的责任单位可以将其标记为已完成',
    en: 'Only the assignee may mark an action item done',
  })),
  'actionItem.notOpen': problem(
    409,
    'action_item_not_open',
    '待办事项已办结',
    'Action item not open',
    (p) => ({
      zh: `待办事项当前状态为“${meetingStatus(p.status).zh}”，不能再修改`,
      en: `The action item is ${meetingStatus(p.status).en}; it can no longer change`,
    }),
  ),
  'write.tooLarge': problem(422, 'write_too_large', '一次修改涉及的数据过多', 'Change too large', (p) => ({
    zh: `此次修改需写入 ${p.operations} 项，超过单次上限 ${p.limit}；请分几次修改（例如减少联合党支部的所在单位）`,
    en: `This change needs ${p.operations} writes, over the limit of ${p.limit} for one change; split it`,
  })),
  'write.conflict': problem(409, 'write_conflict', '并发修改冲突', 'Concurrent change', () => ({
    zh: '相关数据正被同时修改，请稍后重试',
    en: 'Related data was changed at the same time; retry shortly',
  })),
  'dependency.unavailable': problem(
    503,
    'service_unavailable',
    '服务暂时不可用',
    'Service unavailable',
    () => ({
      zh: '存储服务繁忙，请稍后重试',
      en: 'Storage is busy; retry shortly',
    }),
  ),
};

/** Problems raised by the HTTP layer itself rather than the domain. */
export const HTTP_PROBLEMS = {
  routeNotFound: problem(404, 'not_found', '资源不存在', 'Not found'),
  methodNotAllowed: problem(405, 'method_not_allowed', '不支持的请求方法', 'Method not allowed'),
  internal: problem(500, 'internal_error', '服务器内部错误', 'Internal server error', (p) => ({
    zh: `请求处理失败，请联系管理员并提供请求编号 ${p.requestId}`,
    en: `The request failed; contact support with request id ${p.requestId}`,
  })),
} as const;
