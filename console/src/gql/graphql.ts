/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** AGREEMENT_TEXT: the item's substance is publicly known and its title states it. DEMO_PLACEHOLDER: the hub does not hold this item's text; title and binding flag are demo values, never to be quoted as the agreement. */
export type BaselineItemSource =
  | 'AGREEMENT_TEXT'
  | 'DEMO_PLACEHOLDER';

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

/** The review board's checkpoints: 6, 12 and 18 months after the agreement of 2026-03-25. */
export type MilestoneCode =
  | 'M6'
  | 'M12'
  | 'M18';

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

export type ComplianceCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceCatalogueQuery = { milestones: Array<{ code: MilestoneCode, dueDate: string, monthsAfterAgreement: number }>, baseline: { version: string, items: Array<{ code: string, title: string, category: string, binding: boolean, source: BaselineItemSource }> } };

export type ComplianceMatrixQueryVariables = Exact<{
  milestone: MilestoneCode;
  category?: string | null | undefined;
  binding?: boolean | null | undefined;
}>;


export type ComplianceMatrixQuery = { complianceMatrix: { milestone: MilestoneCode, items: Array<{ code: string, title: string, category: string, binding: boolean, source: BaselineItemSource }>, rows: Array<{ country: { code: string, name: string }, cells: Array<{ itemCode: string, selfRating: ComplianceRating | null, reviewStatus: ComplianceReportStatus | null }> }> }, complianceReports: Array<{ id: string, country: string, version: number, status: ComplianceReportStatus }> };

export type ComplianceIndicatorsQueryVariables = Exact<{
  milestone: MilestoneCode;
}>;


export type ComplianceIndicatorsQuery = { countries: Array<{ code: string, indicators: { asOf: string, highRiskDeployments: number, redTeamedBeforeDeployment: number, incidentsRequiringNotification: number, notifiedWithin72h: number, systems: number, systemsWithProvenance: number } | null }> };

export type ComplianceReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplianceReportQuery = { complianceReport: { id: string, country: string, milestone: MilestoneCode, version: number, baselineVersion: string, submittedAt: string, status: ComplianceReportStatus, assessments: Array<{ itemCode: string, rating: ComplianceRating, note: string | null, evidence: Array<{ kind: EvidenceKind, country: string, id: string }> }>, history: Array<{ status: ComplianceReportStatus, at: string, by: string, comment: string | null }> } | null };

export type ReviewComplianceReportMutationVariables = Exact<{
  input: ReviewComplianceReportInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ReviewComplianceReportMutation = { reviewComplianceReport: { id: string, status: ComplianceReportStatus, history: Array<{ status: ComplianceReportStatus, at: string, by: string, comment: string | null }> } };

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
    }
  }
  complianceReports(milestone: $milestone) {
    id
    country
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ComplianceMatrixQuery, ComplianceMatrixQueryVariables>;
export const ComplianceIndicatorsDocument = new TypedDocumentString(`
    query ComplianceIndicators($milestone: MilestoneCode!) {
  countries {
    code
    indicators(milestone: $milestone) {
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
      }
    }
    history {
      status
      at
      by
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceReportQuery, ComplianceReportQueryVariables>;
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