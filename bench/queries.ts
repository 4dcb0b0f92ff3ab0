/** The GraphQL the benchmark sends: the same text to the hub and to the plain gateway. */

/** Scenario 1: one country's incidents page of 50 with nested fields (board directory + one country). */
export const ONE_COUNTRY_PAGE = `query OneCountry($code: ID!) {
  country(code: $code) {
    code name
    incidents(first: 50) {
      totalCount
      nodes {
        id title severity classification occurredAt notificationStatus
        system { id name riskTier developer { name } provenance { trainingSources { name kind } releases { version releasedAt } } }
      }
    }
  }
}`;

/** Scenario 2: a page of 20 incidents from each of the named countries. */
export const FAN_OUT = `query FanOut($codes: [ID!]) {
  countries(codes: $codes) {
    code
    incidents(first: 20) { totalCount nodes { id title severity classification occurredAt } }
  }
}`;

/** Scenario 3: incidents with their system, its provenance and its audits, straight to one national subgraph. */
export const NESTED_PAGE = `query Nested($code: ID!, $first: Int!) {
  _entities(representations: [{ __typename: "Country", code: $code }]) {
    ... on Country {
      incidents(first: $first) {
        nodes {
          id title
          system {
            id name developer { name }
            deployments { setting deployer { name } missingRedTeam }
            provenance { trainingSources { name } releases { version } }
            audits { id kind status findings { title } }
          }
        }
      }
    }
  }
}`;

/** Scenario 9: a foreign page of incidents, straight to one national subgraph (as the gateway sends it). */
export const FOREIGN_PAGE = `query ForeignPage($code: ID!, $first: Int!) {
  _entities(representations: [{ __typename: "Country", code: $code }]) {
    ... on Country { incidents(first: $first) { nodes { id title severity classification occurredAt } } }
  }
}`;

/** Scenario 5: the first query a user sends (the quickstart's). */
export const FIRST_QUERY = `{ countries { code incidents(first: 5) { totalCount nodes { id title } } } }`;
