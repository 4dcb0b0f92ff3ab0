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

/** Each country's indicators for the milestone, counted by that country over what the caller may see. */
export const ComplianceIndicatorsDocument = graphql(`
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
