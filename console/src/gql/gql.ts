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
    "\n  query IssuedGrants {\n    myCountry {\n      code\n      name\n      grants {\n        id\n        grantor\n        grantee\n        recordKinds\n        maxClassification\n        severities\n        systemIds\n        purpose\n        validFrom\n        validUntil\n        issuedAt\n        revokedAt\n        active\n      }\n    }\n  }\n": typeof types.IssuedGrantsDocument,
    "\n  query DirectoryGrants {\n    countries {\n      code\n      name\n      grants {\n        id\n        grantor\n        grantee\n        recordKinds\n        maxClassification\n        severities\n        systemIds\n        purpose\n        validFrom\n        validUntil\n        issuedAt\n        revokedAt\n        active\n      }\n    }\n  }\n": typeof types.DirectoryGrantsDocument,
    "\n  query PreviewGrant($input: GrantInput!) {\n    previewGrant(input: $input) {\n      total\n      counts {\n        kind\n        classification\n        count\n      }\n    }\n  }\n": typeof types.PreviewGrantDocument,
    "\n  mutation GrantAccess($input: GrantInput!, $idempotencyKey: String) {\n    grantAccess(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      grantee\n      purpose\n    }\n  }\n": typeof types.GrantAccessDocument,
    "\n  mutation RevokeGrant($id: ID!) {\n    revokeGrant(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": typeof types.RevokeGrantDocument,
    "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query IssuedGrants {\n    myCountry {\n      code\n      name\n      grants {\n        id\n        grantor\n        grantee\n        recordKinds\n        maxClassification\n        severities\n        systemIds\n        purpose\n        validFrom\n        validUntil\n        issuedAt\n        revokedAt\n        active\n      }\n    }\n  }\n": types.IssuedGrantsDocument,
    "\n  query DirectoryGrants {\n    countries {\n      code\n      name\n      grants {\n        id\n        grantor\n        grantee\n        recordKinds\n        maxClassification\n        severities\n        systemIds\n        purpose\n        validFrom\n        validUntil\n        issuedAt\n        revokedAt\n        active\n      }\n    }\n  }\n": types.DirectoryGrantsDocument,
    "\n  query PreviewGrant($input: GrantInput!) {\n    previewGrant(input: $input) {\n      total\n      counts {\n        kind\n        classification\n        count\n      }\n    }\n  }\n": types.PreviewGrantDocument,
    "\n  mutation GrantAccess($input: GrantInput!, $idempotencyKey: String) {\n    grantAccess(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      grantee\n      purpose\n    }\n  }\n": types.GrantAccessDocument,
    "\n  mutation RevokeGrant($id: ID!) {\n    revokeGrant(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": types.RevokeGrantDocument,
    "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedGrants {\n    myCountry {\n      code\n      name\n      grants {\n        id\n        grantor\n        grantee\n        recordKinds\n        maxClassification\n        severities\n        systemIds\n        purpose\n        validFrom\n        validUntil\n        issuedAt\n        revokedAt\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').IssuedGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryGrants {\n    countries {\n      code\n      name\n      grants {\n        id\n        grantor\n        grantee\n        recordKinds\n        maxClassification\n        severities\n        systemIds\n        purpose\n        validFrom\n        validUntil\n        issuedAt\n        revokedAt\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').DirectoryGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewGrant($input: GrantInput!) {\n    previewGrant(input: $input) {\n      total\n      counts {\n        kind\n        classification\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAccess($input: GrantInput!, $idempotencyKey: String) {\n    grantAccess(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      grantee\n      purpose\n    }\n  }\n"): typeof import('./graphql').GrantAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeGrant($id: ID!) {\n    revokeGrant(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n"): typeof import('./graphql').RevokeGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
