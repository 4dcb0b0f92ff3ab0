import { graphql } from "../gql";

export const AccessLogPageDocument = graphql(`
  query AccessLogPage($first: Int!, $after: String, $filter: AccessLogFilter) {
    myCountry {
      code
      accessLog(first: $first, after: $after, filter: $filter) {
        totalCount
        nodes {
          seq
          at
          callerCountry
          callerSubject
          callerRole
          entryKind
          recordKind
          recordIds
          grantIds
          counted
          filterHash
          operationHash
          hash
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const AccessLogIntegrityDocument = graphql(`
  query AccessLogIntegrity($full: Boolean!) {
    myCountry {
      code
      accessLogIntegrity(full: $full) {
        valid
        entries
        head
        brokenAt
        from
      }
    }
  }
`);

export const AccessLogHeadDocument = graphql(`
  query AccessLogHead {
    myCountry {
      code
      accessLogHead {
        seq
        hash
        at
        kid
        signature
      }
    }
  }
`);

export const AccessLogHeadCheckDocument = graphql(`
  query AccessLogHeadCheck($published: String!) {
    myCountry {
      code
      accessLogHeadCheck(published: $published) {
        valid
        seq
        publishedAt
        publishedHash
        currentHash
        reason
      }
    }
  }
`);

/** The directory's participants, to choose a reader country from. */
export const ParticipantsDocument = graphql(`
  query Participants {
    countries {
      code
      name
    }
  }
`);
