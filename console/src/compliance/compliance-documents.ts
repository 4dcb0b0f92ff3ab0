import { graphql } from "../gql";

/** Milestones and the whole catalogue: the filters' choices and the titles a report's items are shown with. */
export const ComplianceCatalogueDocument = graphql(`
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
`);

/**
 * The matrix and the reports behind it, both answered by the board alone (no country is asked), so the
 * heat map does not wait for fifty national deployments. The matrix carries no report id: which reports
 * exist for the caller is `complianceReports`' to say (an analyst: all; a regulator: its own).
 */
export const ComplianceMatrixDocument = graphql(`
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
`);

/** What a country attested with a report version: its own figures over all its records (basis OWNER). */
export const AttestedFiguresFragment = graphql(`
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
`);

/** Each country's indicators for the milestone, counted by that country over what the caller may see (`basis` says whose view). */
export const ComplianceIndicatorsDocument = graphql(`
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
`);

/** One country's indicators for a milestone, counted for the caller: what the report drawer sets beside the attested figures. */
export const CountryIndicatorsDocument = graphql(`
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
`);

export const ComplianceReportDocument = graphql(`
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
`);

export const ReviewComplianceReportDocument = graphql(`
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
`);

/**
 * The board analysts' work list: the latest version of each report in a status, the one waiting longest
 * first, with what changed since the version before. The countries' names come from the board too.
 */
export const ReviewQueueDocument = graphql(`
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
`);
