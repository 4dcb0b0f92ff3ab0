import { graphql } from "../gql";

/** The own country and its AI systems, for the report form's "AI system" choice. */
export const ReportContextDocument = graphql(`
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
`);

export const ReportIncidentDocument = graphql(`
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
`);

/** High-risk incidents not yet notified: inside the 72 hours (PENDING) or past them (OVERDUE). */
export const OpenNotificationsDocument = graphql(`
  query OpenNotifications {
    myCountry {
      code
      incidents(first: 100, filter: { notificationStatuses: [PENDING, OVERDUE] }) {
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
`);

export const OwnIncidentsDocument = graphql(`
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
`);

export const OwnIncidentDocument = graphql(`
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
`);

export const ReviseIncidentDocument = graphql(`
  mutation ReviseIncident($id: ID!, $input: UpdateIncidentInput!, $idempotencyKey: String) {
    updateIncident(id: $id, input: $input, idempotencyKey: $idempotencyKey) {
      id
      updatedAt
      finalReportAt
    }
  }
`);
