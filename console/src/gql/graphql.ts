/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** READ: records given to the caller (`recordIds`). COUNT: a number or fact computed over records, none given (`counted`). */
export type AccessLogEntryKind =
  | 'COUNT'
  | 'READ';

/** Narrows the access log; every field given must hold (and), a list matches any of its values. */
export type AccessLogFilter = {
  /** Only entries written before this time. */
  before?: string | null | undefined;
  /** Only reads by callers of these participants (codes). */
  callerCountries?: Array<string> | null | undefined;
  entryKinds?: Array<AccessLogEntryKind> | null | undefined;
  /** Only entries involving this grant (READ: it opened the records; COUNT: it was in force). */
  grantId?: string | number | null | undefined;
  recordKinds?: Array<RecordKind> | null | undefined;
  /** Only entries written at or after this time. */
  since?: string | null | undefined;
};

/** RED_TEAM exercises, PROVENANCE_CHECKs, CROSS_BORDER_PILOT audits by another country's auditors, VERIFICATION_LAB tests. */
export type AuditKind =
  | 'CROSS_BORDER_PILOT'
  | 'PROVENANCE_CHECK'
  | 'RED_TEAM'
  | 'VERIFICATION_LAB';

export type AuditStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** AGREEMENT_TEXT: the item's substance is publicly known and its title states it. DEMO_PLACEHOLDER: the hub does not hold this item's text; title and binding flag are demo values, never to be quoted as the agreement. */
export type BaselineItemSource =
  | 'AGREEMENT_TEXT'
  | 'DEMO_PLACEHOLDER';

/** How far a record may travel: PUBLIC (anyone on the hub), SHARED (every participating authority), RESTRICTED (the owner, and grantees once grants exist), NATIONAL_SECURITY (never leaves the owner). */
export type Classification =
  | 'NATIONAL_SECURITY'
  | 'PUBLIC'
  | 'RESTRICTED'
  | 'SHARED';

/** A country's self-assessment of one baseline item. */
export type ComplianceRating =
  | 'COMPLIANT'
  | 'LARGELY_COMPLIANT'
  | 'NON_COMPLIANT'
  | 'NOT_APPLICABLE'
  | 'PARTIALLY_COMPLIANT';

/** SUBMITTED -> UNDER_REVIEW -> ACCEPTED | CHANGES_REQUESTED | ESCALATION_RECOMMENDED. The board assesses and recommends escalation; it issues no fines. */
export type ComplianceReportStatus =
  | 'ACCEPTED'
  | 'CHANGES_REQUESTED'
  | 'ESCALATION_RECOMMENDED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

/** The kind of national record cited as evidence. */
export type EvidenceKind =
  | 'AUDIT'
  | 'INCIDENT'
  | 'SYSTEM';

export type GrantInput = {
  /** Participant code of the country the grant opens records to. */
  grantee: string;
  /** SHARED or RESTRICTED. */
  maxClassification: Classification;
  purpose: string;
  recordKinds: Array<RecordKind>;
  severities?: Array<Severity> | null | undefined;
  systemIds?: Array<string | number> | null | undefined;
  /** Default: now. */
  validFrom?: string | null | undefined;
  validUntil: string;
};

/** OECD harm types. */
export type HarmType =
  | 'ECONOMIC_PROPERTY'
  | 'ENVIRONMENTAL'
  | 'HUMAN_RIGHTS'
  | 'PHYSICAL'
  | 'PSYCHOLOGICAL'
  | 'PUBLIC_INTEREST'
  | 'REPUTATIONAL';

export type IncidentFilter = {
  classifications?: Array<Classification> | null | undefined;
  /** Only incidents in high-risk deployments (true) or only others (false). */
  highRisk?: boolean | null | undefined;
  /** Only incidents whose 72-hour status is one of these, now. */
  notificationStatuses?: Array<NotificationStatus> | null | undefined;
  /** Only incidents that occurred at or after this time. */
  occurredAfter?: string | null | undefined;
  /** Only incidents that occurred before this time. */
  occurredBefore?: string | null | undefined;
  severities?: Array<Severity> | null | undefined;
  /** Only incidents involving this AI system. */
  systemId?: string | number | null | undefined;
  /** Words that must all appear in the title or summary (case-insensitive). */
  text?: string | null | undefined;
};

/** OWNER: counted over every record the country holds (asked by its own regulators or auditors). SHARED_VIEW: counted over only the records this caller may see (PUBLIC and SHARED, plus what a grant opens): lower than the owner's figures whenever the country holds RESTRICTED or NATIONAL_SECURITY records. */
export type IndicatorBasis =
  /** Every record of the country counts. */
  | 'OWNER'
  /** Only the records the caller may see count. */
  | 'SHARED_VIEW';

/** The review board's checkpoints: 6, 12 and 18 months after the agreement of 2026-03-25. */
export type MilestoneCode =
  | 'M6'
  | 'M12'
  | 'M18';

/** The 72-hour rule for high-risk deployments: NOT_REQUIRED (not high-risk), PENDING (not yet notified, inside 72 h of detection), ON_TIME (notified within 72 h), LATE (notified after), OVERDUE (not notified, past 72 h). */
export type NotificationStatus =
  | 'LATE'
  | 'NOT_REQUIRED'
  | 'ON_TIME'
  | 'OVERDUE'
  | 'PENDING';

/** Kinds of national records a grant can open. */
export type RecordKind =
  | 'AUDIT'
  | 'INCIDENT'
  | 'SYSTEM';

export type RecordReferenceInput = {
  country: string;
  id: string | number;
};

export type ReportIncidentInput = {
  affectedStakeholders?: Array<string> | null | undefined;
  classification: Classification;
  /** Participant codes. */
  countriesAffected?: Array<string> | null | undefined;
  /** Required for high-risk deployments: the 72-hour clock starts here. */
  detectedAt?: string | null | undefined;
  harmTypes?: Array<HarmType> | null | undefined;
  /** In a high-risk deployment (default false). */
  highRisk?: boolean | null | undefined;
  /** When the national authority was notified; leave out if not yet. */
  notifiedAt?: string | null | undefined;
  occurredAt: string;
  /** Other countries' records of the same event. */
  relatedIncidents?: Array<RecordReferenceInput> | null | undefined;
  reporter?: string | null | undefined;
  severity: Severity;
  summary: string;
  /** The AI system involved, from this country's register. */
  systemId?: string | number | null | undefined;
  title: string;
};

export type ReviewComplianceReportInput = {
  /** Required for CHANGES_REQUESTED and ESCALATION_RECOMMENDED. */
  comment?: string | null | undefined;
  outcome: ReviewOutcome;
  reportId: string | number;
};

/** The status a review moves a compliance report to. */
export type ReviewOutcome =
  | 'ACCEPTED'
  | 'CHANGES_REQUESTED'
  | 'ESCALATION_RECOMMENDED'
  | 'UNDER_REVIEW';

export type RiskTier =
  | 'HIGH_RISK'
  | 'LIMITED_RISK'
  | 'MINIMAL_RISK';

/** OECD common reporting framework scale: a hazard could cause harm, an incident did. */
export type Severity =
  | 'DISASTER'
  | 'HAZARD'
  | 'INCIDENT'
  | 'SERIOUS_HAZARD'
  | 'SERIOUS_INCIDENT';

export type TrainingSourceKind =
  | 'LICENSED'
  | 'PROPRIETARY'
  | 'PUBLIC_DATASET'
  | 'SYNTHETIC'
  | 'USER_DATA'
  | 'WEB_CRAWL';

/** The fields to change; those left out keep their value. */
export type UpdateIncidentInput = {
  affectedStakeholders?: Array<string> | null | undefined;
  classification?: Classification | null | undefined;
  /** Participant codes. */
  countriesAffected?: Array<string> | null | undefined;
  /** Required for high-risk deployments: the 72-hour clock starts here. */
  detectedAt?: string | null | undefined;
  /** This update is the final report: the record takes no further updates. */
  final?: boolean | null | undefined;
  harmTypes?: Array<HarmType> | null | undefined;
  /** In a high-risk deployment (default false). */
  highRisk?: boolean | null | undefined;
  /** When the national authority was notified; leave out if not yet. */
  notifiedAt?: string | null | undefined;
  occurredAt?: string | null | undefined;
  /** Why the record changes (kept in its history). */
  reason: string;
  /** Other countries' records of the same event. */
  relatedIncidents?: Array<RecordReferenceInput> | null | undefined;
  reporter?: string | null | undefined;
  severity?: Severity | null | undefined;
  summary?: string | null | undefined;
  /** The AI system involved, from this country's register. */
  systemId?: string | number | null | undefined;
  title?: string | null | undefined;
};

/** Whether the model weights are published. */
export type WeightsAccess =
  | 'CLOSED'
  | 'OPEN';

export type AccessLogPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AccessLogFilter | null | undefined;
}>;


export type AccessLogPageQuery = { myCountry: { code: string, accessLog: { totalCount: number, nodes: Array<{ seq: string, at: string, callerCountry: string, callerSubject: string, callerRole: string, entryKind: AccessLogEntryKind, recordKind: RecordKind, recordIds: Array<string>, grantIds: Array<string>, counted: number | null, filterHash: string | null, operationHash: string, hash: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } | null };

export type AccessLogIntegrityQueryVariables = Exact<{
  full: boolean;
}>;


export type AccessLogIntegrityQuery = { myCountry: { code: string, accessLogIntegrity: { valid: boolean, entries: number, head: string, brokenAt: number | null, from: number } | null } | null };

export type AccessLogHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessLogHeadQuery = { myCountry: { code: string, accessLogHead: { seq: number, hash: string, at: string, kid: string | null, signature: string | null } | null } | null };

export type AccessLogHeadCheckQueryVariables = Exact<{
  published: string;
}>;


export type AccessLogHeadCheckQuery = { myCountry: { code: string, accessLogHeadCheck: { valid: boolean, seq: number, publishedAt: string, publishedHash: string, currentHash: string | null, reason: string | null } | null } | null };

export type ParticipantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipantsQuery = { countries: Array<{ code: string, name: string }> };

export type ComplianceCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceCatalogueQuery = { milestones: Array<{ code: MilestoneCode, dueDate: string, monthsAfterAgreement: number }>, baseline: { version: string, items: Array<{ code: string, title: string, category: string, binding: boolean, source: BaselineItemSource }> } };

export type ComplianceMatrixQueryVariables = Exact<{
  milestone: MilestoneCode;
  category?: string | null | undefined;
  binding?: boolean | null | undefined;
}>;


export type ComplianceMatrixQuery = { complianceMatrix: { milestone: MilestoneCode, items: Array<{ code: string, title: string, category: string, binding: boolean, source: BaselineItemSource }>, rows: Array<{ country: { code: string, name: string }, cells: Array<{ itemCode: string, selfRating: ComplianceRating | null, reviewStatus: ComplianceReportStatus | null }>, attestedIndicators: { attestedAt: string, asOf: string, highRiskDeployments: number, redTeamedBeforeDeployment: number, incidentsRequiringNotification: number, notifiedWithin72h: number, systems: number, systemsWithProvenance: number } | null }> }, complianceReports: Array<{ id: string, country: string, version: number, status: ComplianceReportStatus }> };

export type AttestedFiguresFragment = { attestedAt: string, asOf: string, highRiskDeployments: number, redTeamedBeforeDeployment: number, incidentsRequiringNotification: number, notifiedWithin72h: number, systems: number, systemsWithProvenance: number };

export type ComplianceIndicatorsQueryVariables = Exact<{
  milestone: MilestoneCode;
}>;


export type ComplianceIndicatorsQuery = { countries: Array<{ code: string, indicators: { basis: IndicatorBasis, asOf: string, highRiskDeployments: number, redTeamedBeforeDeployment: number, incidentsRequiringNotification: number, notifiedWithin72h: number, systems: number, systemsWithProvenance: number } | null }> };

export type CountryIndicatorsQueryVariables = Exact<{
  code: string | number;
  milestone: MilestoneCode;
}>;


export type CountryIndicatorsQuery = { country: { code: string, name: string, indicators: { basis: IndicatorBasis, asOf: string, highRiskDeployments: number, redTeamedBeforeDeployment: number, incidentsRequiringNotification: number, notifiedWithin72h: number, systems: number, systemsWithProvenance: number } | null } | null };

export type ComplianceReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplianceReportQuery = { complianceReport: { id: string, country: string, milestone: MilestoneCode, version: number, baselineVersion: string, submittedAt: string, status: ComplianceReportStatus, assessments: Array<{ itemCode: string, rating: ComplianceRating, note: string | null, evidence: Array<{ kind: EvidenceKind, country: string, id: string, vouchedAt: string | null, record:
          | { __typename: 'Audit', status: AuditStatus, classification: Classification, scope: string, completedAt: string | null, auditKind: AuditKind }
          | { __typename: 'Incident', title: string, severity: Severity, classification: Classification, occurredAt: string, notificationStatus: NotificationStatus }
          | { __typename: 'System', name: string, riskTier: RiskTier, classification: Classification }
         | null }> }>, attestedIndicators: { attestedAt: string, asOf: string, highRiskDeployments: number, redTeamedBeforeDeployment: number, incidentsRequiringNotification: number, notifiedWithin72h: number, systems: number, systemsWithProvenance: number } | null, history: Array<{ status: ComplianceReportStatus, at: string, by: string, comment: string | null }> } | null };

export type ReviewComplianceReportMutationVariables = Exact<{
  input: ReviewComplianceReportInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ReviewComplianceReportMutation = { reviewComplianceReport: { id: string, status: ComplianceReportStatus, history: Array<{ status: ComplianceReportStatus, at: string, by: string, comment: string | null }> } };

export type ReviewQueueQueryVariables = Exact<{
  milestone?: MilestoneCode | null | undefined;
  status: ComplianceReportStatus;
}>;


export type ReviewQueueQuery = { reviewQueue: Array<{ waitingSince: string, report: { id: string, country: string, milestone: MilestoneCode, version: number, status: ComplianceReportStatus, submittedAt: string }, changes: { sinceVersion: number | null, added: Array<string>, changed: Array<string> } }>, countries: Array<{ code: string, name: string }> };

export type GrantTermsFragment = { id: string, grantor: string, grantee: string, recordKinds: Array<RecordKind>, maxClassification: Classification, severities: Array<Severity> | null, systemIds: Array<string> | null, purpose: string, validFrom: string, validUntil: string, issuedAt: string, revokedAt: string | null, active: boolean };

export type IssuedGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type IssuedGrantsQuery = { myCountry: { code: string, name: string, grants: Array<{ id: string, grantor: string, grantee: string, recordKinds: Array<RecordKind>, maxClassification: Classification, severities: Array<Severity> | null, systemIds: Array<string> | null, purpose: string, validFrom: string, validUntil: string, issuedAt: string, revokedAt: string | null, active: boolean }> | null } | null };

export type DirectoryGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryGrantsQuery = { countries: Array<{ code: string, name: string, grants: Array<{ id: string, grantor: string, grantee: string, recordKinds: Array<RecordKind>, maxClassification: Classification, severities: Array<Severity> | null, systemIds: Array<string> | null, purpose: string, validFrom: string, validUntil: string, issuedAt: string, revokedAt: string | null, active: boolean }> | null }> };

export type PreviewGrantQueryVariables = Exact<{
  input: GrantInput;
}>;


export type PreviewGrantQuery = { previewGrant: { total: number, counts: Array<{ kind: RecordKind, classification: Classification, count: number }> } };

export type GrantAccessMutationVariables = Exact<{
  input: GrantInput;
  idempotencyKey?: string | null | undefined;
}>;


export type GrantAccessMutation = { grantAccess: { id: string, grantee: string, purpose: string } };

export type RevokeGrantMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeGrantMutation = { revokeGrant: { id: string, revokedAt: string | null, active: boolean } };

export type IncidentCountryDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type IncidentCountryDirectoryQuery = { countries: Array<{ code: string, name: string }> };

export type IncidentRowFragment = { id: string, country: string, title: string, summary: string, severity: Severity, classification: Classification, occurredAt: string, detectedAt: string | null, notifiedAt: string | null, reportedAt: string, highRisk: boolean, notificationStatus: NotificationStatus, notificationDeadline: string | null, harmTypes: Array<HarmType>, countriesAffected: Array<string>, demo: boolean, system: { id: string, name: string } | null };

export type IncidentFirstPagesQueryVariables = Exact<{
  codes?: Array<string | number> | string | number | null | undefined;
  first: number;
  filter?: IncidentFilter | null | undefined;
}>;


export type IncidentFirstPagesQuery = { countries: Array<{ code: string, name: string, incidents: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, country: string, title: string, summary: string, severity: Severity, classification: Classification, occurredAt: string, detectedAt: string | null, notifiedAt: string | null, reportedAt: string, highRisk: boolean, notificationStatus: NotificationStatus, notificationDeadline: string | null, harmTypes: Array<HarmType>, countriesAffected: Array<string>, demo: boolean, system: { id: string, name: string } | null }> } | null }> };

export type IncidentNextPageQueryVariables = Exact<{
  code: string | number;
  after: string;
  first: number;
  filter?: IncidentFilter | null | undefined;
}>;


export type IncidentNextPageQuery = { country: { code: string, incidents: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, country: string, title: string, summary: string, severity: Severity, classification: Classification, occurredAt: string, detectedAt: string | null, notifiedAt: string | null, reportedAt: string, highRisk: boolean, notificationStatus: NotificationStatus, notificationDeadline: string | null, harmTypes: Array<HarmType>, countriesAffected: Array<string>, demo: boolean, system: { id: string, name: string } | null }> } | null } | null };

export type IncidentDetailQueryVariables = Exact<{
  code: string | number;
  id: string | number;
}>;


export type IncidentDetailQuery = { country: { code: string, name: string, incident: { affectedStakeholders: Array<string>, reporter: string | null, updatedAt: string | null, finalReportAt: string | null, id: string, country: string, title: string, summary: string, severity: Severity, classification: Classification, occurredAt: string, detectedAt: string | null, notifiedAt: string | null, reportedAt: string, highRisk: boolean, notificationStatus: NotificationStatus, notificationDeadline: string | null, harmTypes: Array<HarmType>, countriesAffected: Array<string>, demo: boolean, system: { id: string, name: string, description: string, weights: WeightsAccess, riskTier: RiskTier, classification: Classification, demo: boolean, developer: { name: string, country: string }, deployments: Array<{ id: string, setting: string, deployedAt: string, highRisk: boolean, redTeamedBeforeDeployment: boolean, missingRedTeam: boolean, deployer: { name: string, country: string } }>, provenance: { trainingSources: Array<{ name: string, kind: TrainingSourceKind, description: string }>, releases: Array<{ version: string, releasedAt: string, changes: string, architectureChange: boolean }> } | null } | null, relatedIncidents: Array<{ country: string, id: string, incident: { id: string, country: string, title: string, severity: Severity, classification: Classification, occurredAt: string } | null }> } | null } | null };

export type IncidentRevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentRevisionsQuery = { myCountry: { code: string, incident: { id: string, revisions: Array<{ id: string, revisedAt: string, revisedBy: string, reason: string, previous: unknown }> | null } | null } | null };

export type ReportContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportContextQuery = { myCountry: { code: string, name: string, systems: Array<{ id: string, name: string, riskTier: RiskTier }> | null } | null };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ReportIncidentMutation = { reportIncident: { id: string, country: string, title: string, severity: Severity, classification: Classification, highRisk: boolean, detectedAt: string | null, reportedAt: string, notificationDeadline: string | null, notificationStatus: NotificationStatus } };

export type OpenNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenNotificationsQuery = { myCountry: { code: string, incidents: { totalCount: number, nodes: Array<{ id: string, title: string, severity: Severity, classification: Classification, detectedAt: string | null, notificationDeadline: string | null, notificationStatus: NotificationStatus, demo: boolean }> } | null } | null };

export type OwnIncidentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: IncidentFilter | null | undefined;
}>;


export type OwnIncidentsQuery = { myCountry: { code: string, incidents: { totalCount: number, nodes: Array<{ id: string, title: string, severity: Severity, classification: Classification, occurredAt: string, reportedAt: string, updatedAt: string | null, finalReportAt: string | null, notificationStatus: NotificationStatus, notificationDeadline: string | null, demo: boolean }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } | null };

export type OwnIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnIncidentQuery = { myCountry: { code: string, incident: { id: string, title: string, summary: string, severity: Severity, classification: Classification, occurredAt: string, detectedAt: string | null, highRisk: boolean, notifiedAt: string | null, harmTypes: Array<HarmType>, affectedStakeholders: Array<string>, countriesAffected: Array<string>, reporter: string | null, reportedAt: string, updatedAt: string | null, finalReportAt: string | null, demo: boolean, notificationDeadline: string | null, notificationStatus: NotificationStatus, relatedIncidents: Array<{ country: string, id: string }>, system: { id: string, name: string } | null, revisions: Array<{ id: string, revisedAt: string, revisedBy: string, reason: string, previous: unknown }> | null } | null } | null };

export type ReviseIncidentMutationVariables = Exact<{
  id: string | number;
  input: UpdateIncidentInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ReviseIncidentMutation = { updateIncident: { id: string, updatedAt: string | null, finalReportAt: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { country: string, subject: string, roles: Array<string>, scopes: Array<string>, expiresAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AttestedFiguresFragmentDoc = new TypedDocumentString(`
    fragment AttestedFigures on AttestedIndicators {
  attestedAt
  asOf
  highRiskDeployments
  redTeamedBeforeDeployment
  incidentsRequiringNotification
  notifiedWithin72h
  systems
  systemsWithProvenance
}
    `, {"fragmentName":"AttestedFigures"}) as unknown as TypedDocumentString<AttestedFiguresFragment, unknown>;
export const GrantTermsFragmentDoc = new TypedDocumentString(`
    fragment GrantTerms on Grant {
  id
  grantor
  grantee
  recordKinds
  maxClassification
  severities
  systemIds
  purpose
  validFrom
  validUntil
  issuedAt
  revokedAt
  active
}
    `, {"fragmentName":"GrantTerms"}) as unknown as TypedDocumentString<GrantTermsFragment, unknown>;
export const IncidentRowFragmentDoc = new TypedDocumentString(`
    fragment IncidentRow on Incident {
  id
  country
  title
  summary
  severity
  classification
  occurredAt
  detectedAt
  notifiedAt
  reportedAt
  highRisk
  notificationStatus
  notificationDeadline
  harmTypes
  countriesAffected
  demo
  system {
    id
    name
  }
}
    `, {"fragmentName":"IncidentRow"}) as unknown as TypedDocumentString<IncidentRowFragment, unknown>;
export const AccessLogPageDocument = new TypedDocumentString(`
    query AccessLogPage($first: Int!, $after: String, $filter: AccessLogFilter) {
  myCountry {
    code
    accessLog(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes {
        seq
        at
        callerCountry
        callerSubject
        callerRole
        entryKind
        recordKind
        recordIds
        grantIds
        counted
        filterHash
        operationHash
        hash
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessLogPageQuery, AccessLogPageQueryVariables>;
export const AccessLogIntegrityDocument = new TypedDocumentString(`
    query AccessLogIntegrity($full: Boolean!) {
  myCountry {
    code
    accessLogIntegrity(full: $full) {
      valid
      entries
      head
      brokenAt
      from
    }
  }
}
    `) as unknown as TypedDocumentString<AccessLogIntegrityQuery, AccessLogIntegrityQueryVariables>;
export const AccessLogHeadDocument = new TypedDocumentString(`
    query AccessLogHead {
  myCountry {
    code
    accessLogHead {
      seq
      hash
      at
      kid
      signature
    }
  }
}
    `) as unknown as TypedDocumentString<AccessLogHeadQuery, AccessLogHeadQueryVariables>;
export const AccessLogHeadCheckDocument = new TypedDocumentString(`
    query AccessLogHeadCheck($published: String!) {
  myCountry {
    code
    accessLogHeadCheck(published: $published) {
      valid
      seq
      publishedAt
      publishedHash
      currentHash
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AccessLogHeadCheckQuery, AccessLogHeadCheckQueryVariables>;
export const ParticipantsDocument = new TypedDocumentString(`
    query Participants {
  countries {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ParticipantsQuery, ParticipantsQueryVariables>;
export const ComplianceCatalogueDocument = new TypedDocumentString(`
    query ComplianceCatalogue {
  milestones {
    code
    dueDate
    monthsAfterAgreement
  }
  baseline {
    version
    items {
      code
      title
      category
      binding
      source
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceCatalogueQuery, ComplianceCatalogueQueryVariables>;
export const ComplianceMatrixDocument = new TypedDocumentString(`
    query ComplianceMatrix($milestone: MilestoneCode!, $category: String, $binding: Boolean) {
  complianceMatrix(milestone: $milestone, category: $category, binding: $binding) {
    milestone
    items {
      code
      title
      category
      binding
      source
    }
    rows {
      country {
        code
        name
      }
      cells {
        itemCode
        selfRating
        reviewStatus
      }
      attestedIndicators {
        ...AttestedFigures
      }
    }
  }
  complianceReports(milestone: $milestone) {
    id
    country
    version
    status
  }
}
    fragment AttestedFigures on AttestedIndicators {
  attestedAt
  asOf
  highRiskDeployments
  redTeamedBeforeDeployment
  incidentsRequiringNotification
  notifiedWithin72h
  systems
  systemsWithProvenance
}`) as unknown as TypedDocumentString<ComplianceMatrixQuery, ComplianceMatrixQueryVariables>;
export const ComplianceIndicatorsDocument = new TypedDocumentString(`
    query ComplianceIndicators($milestone: MilestoneCode!) {
  countries {
    code
    indicators(milestone: $milestone) {
      basis
      asOf
      highRiskDeployments
      redTeamedBeforeDeployment
      incidentsRequiringNotification
      notifiedWithin72h
      systems
      systemsWithProvenance
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceIndicatorsQuery, ComplianceIndicatorsQueryVariables>;
export const CountryIndicatorsDocument = new TypedDocumentString(`
    query CountryIndicators($code: ID!, $milestone: MilestoneCode!) {
  country(code: $code) {
    code
    name
    indicators(milestone: $milestone) {
      basis
      asOf
      highRiskDeployments
      redTeamedBeforeDeployment
      incidentsRequiringNotification
      notifiedWithin72h
      systems
      systemsWithProvenance
    }
  }
}
    `) as unknown as TypedDocumentString<CountryIndicatorsQuery, CountryIndicatorsQueryVariables>;
export const ComplianceReportDocument = new TypedDocumentString(`
    query ComplianceReport($id: ID!) {
  complianceReport(id: $id) {
    id
    country
    milestone
    version
    baselineVersion
    submittedAt
    status
    assessments {
      itemCode
      rating
      note
      evidence {
        kind
        country
        id
        vouchedAt
        record {
          __typename
          ... on Incident {
            title
            severity
            classification
            occurredAt
            notificationStatus
          }
          ... on Audit {
            auditKind: kind
            status
            classification
            scope
            completedAt
          }
          ... on System {
            name
            riskTier
            classification
          }
        }
      }
    }
    attestedIndicators {
      ...AttestedFigures
    }
    history {
      status
      at
      by
      comment
    }
  }
}
    fragment AttestedFigures on AttestedIndicators {
  attestedAt
  asOf
  highRiskDeployments
  redTeamedBeforeDeployment
  incidentsRequiringNotification
  notifiedWithin72h
  systems
  systemsWithProvenance
}`) as unknown as TypedDocumentString<ComplianceReportQuery, ComplianceReportQueryVariables>;
export const ReviewComplianceReportDocument = new TypedDocumentString(`
    mutation ReviewComplianceReport($input: ReviewComplianceReportInput!, $idempotencyKey: String) {
  reviewComplianceReport(input: $input, idempotencyKey: $idempotencyKey) {
    id
    status
    history {
      status
      at
      by
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewComplianceReportMutation, ReviewComplianceReportMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($milestone: MilestoneCode, $status: ComplianceReportStatus!) {
  reviewQueue(milestone: $milestone, status: $status) {
    waitingSince
    report {
      id
      country
      milestone
      version
      status
      submittedAt
    }
    changes {
      sinceVersion
      added
      changed
    }
  }
  countries {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const IssuedGrantsDocument = new TypedDocumentString(`
    query IssuedGrants {
  myCountry {
    code
    name
    grants {
      ...GrantTerms
    }
  }
}
    fragment GrantTerms on Grant {
  id
  grantor
  grantee
  recordKinds
  maxClassification
  severities
  systemIds
  purpose
  validFrom
  validUntil
  issuedAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<IssuedGrantsQuery, IssuedGrantsQueryVariables>;
export const DirectoryGrantsDocument = new TypedDocumentString(`
    query DirectoryGrants {
  countries {
    code
    name
    grants {
      ...GrantTerms
    }
  }
}
    fragment GrantTerms on Grant {
  id
  grantor
  grantee
  recordKinds
  maxClassification
  severities
  systemIds
  purpose
  validFrom
  validUntil
  issuedAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<DirectoryGrantsQuery, DirectoryGrantsQueryVariables>;
export const PreviewGrantDocument = new TypedDocumentString(`
    query PreviewGrant($input: GrantInput!) {
  previewGrant(input: $input) {
    total
    counts {
      kind
      classification
      count
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewGrantQuery, PreviewGrantQueryVariables>;
export const GrantAccessDocument = new TypedDocumentString(`
    mutation GrantAccess($input: GrantInput!, $idempotencyKey: String) {
  grantAccess(input: $input, idempotencyKey: $idempotencyKey) {
    id
    grantee
    purpose
  }
}
    `) as unknown as TypedDocumentString<GrantAccessMutation, GrantAccessMutationVariables>;
export const RevokeGrantDocument = new TypedDocumentString(`
    mutation RevokeGrant($id: ID!) {
  revokeGrant(id: $id) {
    id
    revokedAt
    active
  }
}
    `) as unknown as TypedDocumentString<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const IncidentCountryDirectoryDocument = new TypedDocumentString(`
    query IncidentCountryDirectory {
  countries {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<IncidentCountryDirectoryQuery, IncidentCountryDirectoryQueryVariables>;
export const IncidentFirstPagesDocument = new TypedDocumentString(`
    query IncidentFirstPages($codes: [ID!], $first: Int!, $filter: IncidentFilter) {
  countries(codes: $codes) {
    code
    name
    incidents(first: $first, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...IncidentRow
      }
    }
  }
}
    fragment IncidentRow on Incident {
  id
  country
  title
  summary
  severity
  classification
  occurredAt
  detectedAt
  notifiedAt
  reportedAt
  highRisk
  notificationStatus
  notificationDeadline
  harmTypes
  countriesAffected
  demo
  system {
    id
    name
  }
}`) as unknown as TypedDocumentString<IncidentFirstPagesQuery, IncidentFirstPagesQueryVariables>;
export const IncidentNextPageDocument = new TypedDocumentString(`
    query IncidentNextPage($code: ID!, $after: String!, $first: Int!, $filter: IncidentFilter) {
  country(code: $code) {
    code
    incidents(after: $after, first: $first, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...IncidentRow
      }
    }
  }
}
    fragment IncidentRow on Incident {
  id
  country
  title
  summary
  severity
  classification
  occurredAt
  detectedAt
  notifiedAt
  reportedAt
  highRisk
  notificationStatus
  notificationDeadline
  harmTypes
  countriesAffected
  demo
  system {
    id
    name
  }
}`) as unknown as TypedDocumentString<IncidentNextPageQuery, IncidentNextPageQueryVariables>;
export const IncidentDetailDocument = new TypedDocumentString(`
    query IncidentDetail($code: ID!, $id: ID!) {
  country(code: $code) {
    code
    name
    incident(id: $id) {
      ...IncidentRow
      affectedStakeholders
      reporter
      updatedAt
      finalReportAt
      system {
        id
        name
        description
        weights
        riskTier
        classification
        demo
        developer {
          name
          country
        }
        deployments {
          id
          setting
          deployedAt
          highRisk
          redTeamedBeforeDeployment
          missingRedTeam
          deployer {
            name
            country
          }
        }
        provenance {
          trainingSources {
            name
            kind
            description
          }
          releases {
            version
            releasedAt
            changes
            architectureChange
          }
        }
      }
      relatedIncidents {
        country
        id
        incident {
          id
          country
          title
          severity
          classification
          occurredAt
        }
      }
    }
  }
}
    fragment IncidentRow on Incident {
  id
  country
  title
  summary
  severity
  classification
  occurredAt
  detectedAt
  notifiedAt
  reportedAt
  highRisk
  notificationStatus
  notificationDeadline
  harmTypes
  countriesAffected
  demo
  system {
    id
    name
  }
}`) as unknown as TypedDocumentString<IncidentDetailQuery, IncidentDetailQueryVariables>;
export const IncidentRevisionsDocument = new TypedDocumentString(`
    query IncidentRevisions($id: ID!) {
  myCountry {
    code
    incident(id: $id) {
      id
      revisions {
        id
        revisedAt
        revisedBy
        reason
        previous
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentRevisionsQuery, IncidentRevisionsQueryVariables>;
export const ReportContextDocument = new TypedDocumentString(`
    query ReportContext {
  myCountry {
    code
    name
    systems {
      id
      name
      riskTier
    }
  }
}
    `) as unknown as TypedDocumentString<ReportContextQuery, ReportContextQueryVariables>;
export const ReportIncidentDocument = new TypedDocumentString(`
    mutation ReportIncident($input: ReportIncidentInput!, $idempotencyKey: String) {
  reportIncident(input: $input, idempotencyKey: $idempotencyKey) {
    id
    country
    title
    severity
    classification
    highRisk
    detectedAt
    reportedAt
    notificationDeadline
    notificationStatus
  }
}
    `) as unknown as TypedDocumentString<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const OpenNotificationsDocument = new TypedDocumentString(`
    query OpenNotifications {
  myCountry {
    code
    incidents(first: 100, filter: {notificationStatuses: [PENDING, OVERDUE]}) {
      totalCount
      nodes {
        id
        title
        severity
        classification
        detectedAt
        notificationDeadline
        notificationStatus
        demo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenNotificationsQuery, OpenNotificationsQueryVariables>;
export const OwnIncidentsDocument = new TypedDocumentString(`
    query OwnIncidents($first: Int!, $after: String, $filter: IncidentFilter) {
  myCountry {
    code
    incidents(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes {
        id
        title
        severity
        classification
        occurredAt
        reportedAt
        updatedAt
        finalReportAt
        notificationStatus
        notificationDeadline
        demo
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnIncidentsQuery, OwnIncidentsQueryVariables>;
export const OwnIncidentDocument = new TypedDocumentString(`
    query OwnIncident($id: ID!) {
  myCountry {
    code
    incident(id: $id) {
      id
      title
      summary
      severity
      classification
      occurredAt
      detectedAt
      highRisk
      notifiedAt
      harmTypes
      affectedStakeholders
      countriesAffected
      reporter
      relatedIncidents {
        country
        id
      }
      system {
        id
        name
      }
      reportedAt
      updatedAt
      finalReportAt
      demo
      notificationDeadline
      notificationStatus
      revisions {
        id
        revisedAt
        revisedBy
        reason
        previous
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnIncidentQuery, OwnIncidentQueryVariables>;
export const ReviseIncidentDocument = new TypedDocumentString(`
    mutation ReviseIncident($id: ID!, $input: UpdateIncidentInput!, $idempotencyKey: String) {
  updateIncident(id: $id, input: $input, idempotencyKey: $idempotencyKey) {
    id
    updatedAt
    finalReportAt
  }
}
    `) as unknown as TypedDocumentString<ReviseIncidentMutation, ReviseIncidentMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    country
    subject
    roles
    scopes
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;