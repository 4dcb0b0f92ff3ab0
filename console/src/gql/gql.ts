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
    "\n  query IncidentCountryDirectory {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.IncidentCountryDirectoryDocument,
    "\n  fragment IncidentRow on Incident {\n    id\n    country\n    title\n    summary\n    severity\n    classification\n    occurredAt\n    detectedAt\n    notifiedAt\n    reportedAt\n    highRisk\n    notificationStatus\n    notificationDeadline\n    harmTypes\n    countriesAffected\n    demo\n    system {\n      id\n      name\n    }\n  }\n": typeof types.IncidentRowFragmentDoc,
    "\n  query IncidentFirstPages($codes: [ID!], $first: Int!, $filter: IncidentFilter) {\n    countries(codes: $codes) {\n      code\n      name\n      incidents(first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n": typeof types.IncidentFirstPagesDocument,
    "\n  query IncidentNextPage($code: ID!, $after: String!, $first: Int!, $filter: IncidentFilter) {\n    country(code: $code) {\n      code\n      incidents(after: $after, first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n": typeof types.IncidentNextPageDocument,
    "\n  query IncidentDetail($code: ID!, $id: ID!) {\n    country(code: $code) {\n      code\n      name\n      incident(id: $id) {\n        ...IncidentRow\n        affectedStakeholders\n        reporter\n        updatedAt\n        finalReportAt\n        system {\n          id\n          name\n          description\n          weights\n          riskTier\n          classification\n          demo\n          developer {\n            name\n            country\n          }\n          deployments {\n            id\n            setting\n            deployedAt\n            highRisk\n            redTeamedBeforeDeployment\n            missingRedTeam\n            deployer {\n              name\n              country\n            }\n          }\n          provenance {\n            trainingSources {\n              name\n              kind\n              description\n            }\n            releases {\n              version\n              releasedAt\n              changes\n              architectureChange\n            }\n          }\n        }\n        relatedIncidents {\n          country\n          id\n          incident {\n            id\n            country\n            title\n            severity\n            classification\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncidentDetailDocument,
    "\n  query IncidentRevisions($id: ID!) {\n    myCountry {\n      code\n      incident(id: $id) {\n        id\n        revisions {\n          id\n          revisedAt\n          revisedBy\n          reason\n          previous\n        }\n      }\n    }\n  }\n": typeof types.IncidentRevisionsDocument,
    "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query IncidentCountryDirectory {\n    countries {\n      code\n      name\n    }\n  }\n": types.IncidentCountryDirectoryDocument,
    "\n  fragment IncidentRow on Incident {\n    id\n    country\n    title\n    summary\n    severity\n    classification\n    occurredAt\n    detectedAt\n    notifiedAt\n    reportedAt\n    highRisk\n    notificationStatus\n    notificationDeadline\n    harmTypes\n    countriesAffected\n    demo\n    system {\n      id\n      name\n    }\n  }\n": types.IncidentRowFragmentDoc,
    "\n  query IncidentFirstPages($codes: [ID!], $first: Int!, $filter: IncidentFilter) {\n    countries(codes: $codes) {\n      code\n      name\n      incidents(first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n": types.IncidentFirstPagesDocument,
    "\n  query IncidentNextPage($code: ID!, $after: String!, $first: Int!, $filter: IncidentFilter) {\n    country(code: $code) {\n      code\n      incidents(after: $after, first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n": types.IncidentNextPageDocument,
    "\n  query IncidentDetail($code: ID!, $id: ID!) {\n    country(code: $code) {\n      code\n      name\n      incident(id: $id) {\n        ...IncidentRow\n        affectedStakeholders\n        reporter\n        updatedAt\n        finalReportAt\n        system {\n          id\n          name\n          description\n          weights\n          riskTier\n          classification\n          demo\n          developer {\n            name\n            country\n          }\n          deployments {\n            id\n            setting\n            deployedAt\n            highRisk\n            redTeamedBeforeDeployment\n            missingRedTeam\n            deployer {\n              name\n              country\n            }\n          }\n          provenance {\n            trainingSources {\n              name\n              kind\n              description\n            }\n            releases {\n              version\n              releasedAt\n              changes\n              architectureChange\n            }\n          }\n        }\n        relatedIncidents {\n          country\n          id\n          incident {\n            id\n            country\n            title\n            severity\n            classification\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n": types.IncidentDetailDocument,
    "\n  query IncidentRevisions($id: ID!) {\n    myCountry {\n      code\n      incident(id: $id) {\n        id\n        revisions {\n          id\n          revisedAt\n          revisedBy\n          reason\n          previous\n        }\n      }\n    }\n  }\n": types.IncidentRevisionsDocument,
    "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentCountryDirectory {\n    countries {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').IncidentCountryDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentRow on Incident {\n    id\n    country\n    title\n    summary\n    severity\n    classification\n    occurredAt\n    detectedAt\n    notifiedAt\n    reportedAt\n    highRisk\n    notificationStatus\n    notificationDeadline\n    harmTypes\n    countriesAffected\n    demo\n    system {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').IncidentRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentFirstPages($codes: [ID!], $first: Int!, $filter: IncidentFilter) {\n    countries(codes: $codes) {\n      code\n      name\n      incidents(first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IncidentFirstPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentNextPage($code: ID!, $after: String!, $first: Int!, $filter: IncidentFilter) {\n    country(code: $code) {\n      code\n      incidents(after: $after, first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IncidentNextPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentDetail($code: ID!, $id: ID!) {\n    country(code: $code) {\n      code\n      name\n      incident(id: $id) {\n        ...IncidentRow\n        affectedStakeholders\n        reporter\n        updatedAt\n        finalReportAt\n        system {\n          id\n          name\n          description\n          weights\n          riskTier\n          classification\n          demo\n          developer {\n            name\n            country\n          }\n          deployments {\n            id\n            setting\n            deployedAt\n            highRisk\n            redTeamedBeforeDeployment\n            missingRedTeam\n            deployer {\n              name\n              country\n            }\n          }\n          provenance {\n            trainingSources {\n              name\n              kind\n              description\n            }\n            releases {\n              version\n              releasedAt\n              changes\n              architectureChange\n            }\n          }\n        }\n        relatedIncidents {\n          country\n          id\n          incident {\n            id\n            country\n            title\n            severity\n            classification\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IncidentDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentRevisions($id: ID!) {\n    myCountry {\n      code\n      incident(id: $id) {\n        id\n        revisions {\n          id\n          revisedAt\n          revisedBy\n          reason\n          previous\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IncidentRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
