/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How far a record may travel: PUBLIC (anyone on the hub), SHARED (every participating authority), RESTRICTED (the owner, and grantees once grants exist), NATIONAL_SECURITY (never leaves the owner). */
export type Classification =
  | 'NATIONAL_SECURITY'
  | 'PUBLIC'
  | 'RESTRICTED'
  | 'SHARED';

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

/** The 72-hour rule for high-risk deployments: NOT_REQUIRED (not high-risk), PENDING (not yet notified, inside 72 h of detection), ON_TIME (notified within 72 h), LATE (notified after), OVERDUE (not notified, past 72 h). */
export type NotificationStatus =
  | 'LATE'
  | 'NOT_REQUIRED'
  | 'ON_TIME'
  | 'OVERDUE'
  | 'PENDING';

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

/** Whether the model weights are published. */
export type WeightsAccess =
  | 'CLOSED'
  | 'OPEN';

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