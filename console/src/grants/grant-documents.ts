import { graphql } from "../gql";

/** What every view of a grant shows: its parties, its terms and where it stands. */
export const GrantTermsFragment = graphql(`
  fragment GrantTerms on Grant {
    id
    grantor
    grantee
    recordKinds
    maxClassification
    severities
    systemIds
    purpose
    validFrom
    validUntil
    issuedAt
    revokedAt
    active
  }
`);

/** The caller's own country's grants: all of them for its regulators and negotiators (answered by its own deployment). */
export const IssuedGrantsDocument = graphql(`
  query IssuedGrants {
    myCountry {
      code
      name
      grants {
        ...GrantTerms
      }
    }
  }
`);

/**
 * The directory (the grantees a negotiator can choose) and, from each other participant, the grants it
 * made to the caller's country: a country lists another participant only the grants naming it.
 */
export const DirectoryGrantsDocument = graphql(`
  query DirectoryGrants {
    countries {
      code
      name
      grants {
        ...GrantTerms
      }
    }
  }
`);

export const PreviewGrantDocument = graphql(`
  query PreviewGrant($input: GrantInput!) {
    previewGrant(input: $input) {
      total
      counts {
        kind
        classification
        count
      }
    }
  }
`);

export const GrantAccessDocument = graphql(`
  mutation GrantAccess($input: GrantInput!, $idempotencyKey: String) {
    grantAccess(input: $input, idempotencyKey: $idempotencyKey) {
      id
      grantee
      purpose
    }
  }
`);

export const RevokeGrantDocument = graphql(`
  mutation RevokeGrant($id: ID!) {
    revokeGrant(id: $id) {
      id
      revokedAt
      active
    }
  }
`);
