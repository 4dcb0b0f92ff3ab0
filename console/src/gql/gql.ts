/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ComplianceCatalogue {\n    milestones {\n      code\n      dueDate\n      monthsAfterAgreement\n    }\n    baseline {\n      version\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n    }\n  }\n": typeof types.ComplianceCatalogueDocument,
    "\n  query ComplianceMatrix($milestone: MilestoneCode!, $category: String, $binding: Boolean) {\n    complianceMatrix(milestone: $milestone, category: $category, binding: $binding) {\n      milestone\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n      rows {\n        country {\n          code\n          name\n        }\n        cells {\n          itemCode\n          selfRating\n          reviewStatus\n        }\n      }\n    }\n    complianceReports(milestone: $milestone) {\n      id\n      country\n      version\n      status\n    }\n  }\n": typeof types.ComplianceMatrixDocument,
    "\n  query ComplianceIndicators($milestone: MilestoneCode!) {\n    countries {\n      code\n      indicators(milestone: $milestone) {\n        asOf\n        highRiskDeployments\n        redTeamedBeforeDeployment\n        incidentsRequiringNotification\n        notifiedWithin72h\n        systems\n        systemsWithProvenance\n      }\n    }\n  }\n": typeof types.ComplianceIndicatorsDocument,
    "\n  query ComplianceReport($id: ID!) {\n    complianceReport(id: $id) {\n      id\n      country\n      milestone\n      version\n      baselineVersion\n      submittedAt\n      status\n      assessments {\n        itemCode\n        rating\n        note\n        evidence {\n          kind\n          country\n          id\n        }\n      }\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n": typeof types.ComplianceReportDocument,
    "\n  mutation ReviewComplianceReport($input: ReviewComplianceReportInput!, $idempotencyKey: String) {\n    reviewComplianceReport(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n": typeof types.ReviewComplianceReportDocument,
    "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query ComplianceCatalogue {\n    milestones {\n      code\n      dueDate\n      monthsAfterAgreement\n    }\n    baseline {\n      version\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n    }\n  }\n": types.ComplianceCatalogueDocument,
    "\n  query ComplianceMatrix($milestone: MilestoneCode!, $category: String, $binding: Boolean) {\n    complianceMatrix(milestone: $milestone, category: $category, binding: $binding) {\n      milestone\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n      rows {\n        country {\n          code\n          name\n        }\n        cells {\n          itemCode\n          selfRating\n          reviewStatus\n        }\n      }\n    }\n    complianceReports(milestone: $milestone) {\n      id\n      country\n      version\n      status\n    }\n  }\n": types.ComplianceMatrixDocument,
    "\n  query ComplianceIndicators($milestone: MilestoneCode!) {\n    countries {\n      code\n      indicators(milestone: $milestone) {\n        asOf\n        highRiskDeployments\n        redTeamedBeforeDeployment\n        incidentsRequiringNotification\n        notifiedWithin72h\n        systems\n        systemsWithProvenance\n      }\n    }\n  }\n": types.ComplianceIndicatorsDocument,
    "\n  query ComplianceReport($id: ID!) {\n    complianceReport(id: $id) {\n      id\n      country\n      milestone\n      version\n      baselineVersion\n      submittedAt\n      status\n      assessments {\n        itemCode\n        rating\n        note\n        evidence {\n          kind\n          country\n          id\n        }\n      }\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n": types.ComplianceReportDocument,
    "\n  mutation ReviewComplianceReport($input: ReviewComplianceReportInput!, $idempotencyKey: String) {\n    reviewComplianceReport(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n": types.ReviewComplianceReportDocument,
    "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceCatalogue {\n    milestones {\n      code\n      dueDate\n      monthsAfterAgreement\n    }\n    baseline {\n      version\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceMatrix($milestone: MilestoneCode!, $category: String, $binding: Boolean) {\n    complianceMatrix(milestone: $milestone, category: $category, binding: $binding) {\n      milestone\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n      rows {\n        country {\n          code\n          name\n        }\n        cells {\n          itemCode\n          selfRating\n          reviewStatus\n        }\n      }\n    }\n    complianceReports(milestone: $milestone) {\n      id\n      country\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').ComplianceMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceIndicators($milestone: MilestoneCode!) {\n    countries {\n      code\n      indicators(milestone: $milestone) {\n        asOf\n        highRiskDeployments\n        redTeamedBeforeDeployment\n        incidentsRequiringNotification\n        notifiedWithin72h\n        systems\n        systemsWithProvenance\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceReport($id: ID!) {\n    complianceReport(id: $id) {\n      id\n      country\n      milestone\n      version\n      baselineVersion\n      submittedAt\n      status\n      assessments {\n        itemCode\n        rating\n        note\n        evidence {\n          kind\n          country\n          id\n        }\n      }\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewComplianceReport($input: ReviewComplianceReportInput!, $idempotencyKey: String) {\n    reviewComplianceReport(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewComplianceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
