import { graphql } from "../gql";

/**
 * The incidents view's operations. A list row carries only what the table, the timeline and the export
 * show: every field is counted by the hub's cost limit once per row of every country fanned out.
 */

export const CountryDirectoryDocument = graphql(`
  query IncidentCountryDirectory {
    countries {
      code
      name
    }
  }
`);

export const IncidentRowFragment = graphql(`
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
`);

/** The first page of every asked country (all of them when `codes` is null), in one fan-out. */
export const IncidentFirstPagesDocument = graphql(`
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
`);

/** The next page of one country, following that country's own cursor. */
export const IncidentNextPageDocument = graphql(`
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
`);

/** One incident, asked of its owner, with its system and the other countries' records of the same event. */
export const IncidentDetailDocument = graphql(`
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
`);

/**
 * An incident's history: only its owning country may read it, so the view asks only for its own
 * country's records (anyone else would be refused).
 */
export const IncidentRevisionsDocument = graphql(`
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
`);
