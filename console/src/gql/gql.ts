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
    "\n  query AccessLogPage($first: Int!, $after: String, $filter: AccessLogFilter) {\n    myCountry {\n      code\n      accessLog(first: $first, after: $after, filter: $filter) {\n        totalCount\n        nodes {\n          seq\n          at\n          callerCountry\n          callerSubject\n          callerRole\n          entryKind\n          recordKind\n          recordIds\n          grantIds\n          counted\n          filterHash\n          operationHash\n          hash\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.AccessLogPageDocument,
    "\n  query AccessLogIntegrity($full: Boolean!) {\n    myCountry {\n      code\n      accessLogIntegrity(full: $full) {\n        valid\n        entries\n        head\n        brokenAt\n        from\n      }\n    }\n  }\n": typeof types.AccessLogIntegrityDocument,
    "\n  query AccessLogHead {\n    myCountry {\n      code\n      accessLogHead {\n        seq\n        hash\n        at\n        kid\n        signature\n      }\n    }\n  }\n": typeof types.AccessLogHeadDocument,
    "\n  query AccessLogHeadCheck($published: String!) {\n    myCountry {\n      code\n      accessLogHeadCheck(published: $published) {\n        valid\n        seq\n        publishedAt\n        publishedHash\n        currentHash\n        reason\n      }\n    }\n  }\n": typeof types.AccessLogHeadCheckDocument,
    "\n  query Participants {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.ParticipantsDocument,
    "\n  query ComplianceCatalogue {\n    milestones {\n      code\n      dueDate\n      monthsAfterAgreement\n    }\n    baseline {\n      version\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n    }\n  }\n": typeof types.ComplianceCatalogueDocument,
    "\n  query ComplianceMatrix($milestone: MilestoneCode!, $category: String, $binding: Boolean) {\n    complianceMatrix(milestone: $milestone, category: $category, binding: $binding) {\n      milestone\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n      rows {\n        country {\n          code\n          name\n        }\n        cells {\n          itemCode\n          selfRating\n          reviewStatus\n        }\n      }\n    }\n    complianceReports(milestone: $milestone) {\n      id\n      country\n      version\n      status\n    }\n  }\n": typeof types.ComplianceMatrixDocument,
    "\n  query ComplianceIndicators($milestone: MilestoneCode!) {\n    countries {\n      code\n      indicators(milestone: $milestone) {\n        asOf\n        highRiskDeployments\n        redTeamedBeforeDeployment\n        incidentsRequiringNotification\n        notifiedWithin72h\n        systems\n        systemsWithProvenance\n      }\n    }\n  }\n": typeof types.ComplianceIndicatorsDocument,
    "\n  query ComplianceReport($id: ID!) {\n    complianceReport(id: $id) {\n      id\n      country\n      milestone\n      version\n      baselineVersion\n      submittedAt\n      status\n      assessments {\n        itemCode\n        rating\n        note\n        evidence {\n          kind\n          country\n          id\n        }\n      }\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n": typeof types.ComplianceReportDocument,
    "\n  mutation ReviewComplianceReport($input: ReviewComplianceReportInput!, $idempotencyKey: String) {\n    reviewComplianceReport(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n": typeof types.ReviewComplianceReportDocument,
    "\n  fragment GrantTerms on Grant {\n    id\n    grantor\n    grantee\n    recordKinds\n    maxClassification\n    severities\n    systemIds\n    purpose\n    validFrom\n    validUntil\n    issuedAt\n    revokedAt\n    active\n  }\n": typeof types.GrantTermsFragmentDoc,
    "\n  query IssuedGrants {\n    myCountry {\n      code\n      name\n      grants {\n        ...GrantTerms\n      }\n    }\n  }\n": typeof types.IssuedGrantsDocument,
    "\n  query DirectoryGrants {\n    countries {\n      code\n      name\n      grants {\n        ...GrantTerms\n      }\n    }\n  }\n": typeof types.DirectoryGrantsDocument,
    "\n  query PreviewGrant($input: GrantInput!) {\n    previewGrant(input: $input) {\n      total\n      counts {\n        kind\n        classification\n        count\n      }\n    }\n  }\n": typeof types.PreviewGrantDocument,
    "\n  mutation GrantAccess($input: GrantInput!, $idempotencyKey: String) {\n    grantAccess(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      grantee\n      purpose\n    }\n  }\n": typeof types.GrantAccessDocument,
    "\n  mutation RevokeGrant($id: ID!) {\n    revokeGrant(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": typeof types.RevokeGrantDocument,
    "\n  query IncidentCountryDirectory {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.IncidentCountryDirectoryDocument,
    "\n  fragment IncidentRow on Incident {\n    id\n    country\n    title\n    summary\n    severity\n    classification\n    occurredAt\n    detectedAt\n    notifiedAt\n    reportedAt\n    highRisk\n    notificationStatus\n    notificationDeadline\n    harmTypes\n    countriesAffected\n    demo\n    system {\n      id\n      name\n    }\n  }\n": typeof types.IncidentRowFragmentDoc,
    "\n  query IncidentFirstPages($codes: [ID!], $first: Int!, $filter: IncidentFilter) {\n    countries(codes: $codes) {\n      code\n      name\n      incidents(first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n": typeof types.IncidentFirstPagesDocument,
    "\n  query IncidentNextPage($code: ID!, $after: String!, $first: Int!, $filter: IncidentFilter) {\n    country(code: $code) {\n      code\n      incidents(after: $after, first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n": typeof types.IncidentNextPageDocument,
    "\n  query IncidentDetail($code: ID!, $id: ID!) {\n    country(code: $code) {\n      code\n      name\n      incident(id: $id) {\n        ...IncidentRow\n        affectedStakeholders\n        reporter\n        updatedAt\n        finalReportAt\n        system {\n          id\n          name\n          description\n          weights\n          riskTier\n          classification\n          demo\n          developer {\n            name\n            country\n          }\n          deployments {\n            id\n            setting\n            deployedAt\n            highRisk\n            redTeamedBeforeDeployment\n            missingRedTeam\n            deployer {\n              name\n              country\n            }\n          }\n          provenance {\n            trainingSources {\n              name\n              kind\n              description\n            }\n            releases {\n              version\n              releasedAt\n              changes\n              architectureChange\n            }\n          }\n        }\n        relatedIncidents {\n          country\n          id\n          incident {\n            id\n            country\n            title\n            severity\n            classification\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncidentDetailDocument,
    "\n  query IncidentRevisions($id: ID!) {\n    myCountry {\n      code\n      incident(id: $id) {\n        id\n        revisions {\n          id\n          revisedAt\n          revisedBy\n          reason\n          previous\n        }\n      }\n    }\n  }\n": typeof types.IncidentRevisionsDocument,
    "\n  query ReportContext {\n    myCountry {\n      code\n      name\n      systems {\n        id\n        name\n        riskTier\n      }\n    }\n  }\n": typeof types.ReportContextDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!, $idempotencyKey: String) {\n    reportIncident(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      country\n      title\n      severity\n      classification\n      highRisk\n      detectedAt\n      reportedAt\n      notificationDeadline\n      notificationStatus\n    }\n  }\n": typeof types.ReportIncidentDocument,
    "\n  query OpenNotifications {\n    myCountry {\n      code\n      incidents(first: 100, filter: { notificationStatuses: [PENDING, OVERDUE] }) {\n        totalCount\n        nodes {\n          id\n          title\n          severity\n          classification\n          detectedAt\n          notificationDeadline\n          notificationStatus\n          demo\n        }\n      }\n    }\n  }\n": typeof types.OpenNotificationsDocument,
    "\n  query OwnIncidents($first: Int!, $after: String, $filter: IncidentFilter) {\n    myCountry {\n      code\n      incidents(first: $first, after: $after, filter: $filter) {\n        totalCount\n        nodes {\n          id\n          title\n          severity\n          classification\n          occurredAt\n          reportedAt\n          updatedAt\n          finalReportAt\n          notificationStatus\n          notificationDeadline\n          demo\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.OwnIncidentsDocument,
    "\n  query OwnIncident($id: ID!) {\n    myCountry {\n      code\n      incident(id: $id) {\n        id\n        title\n        summary\n        severity\n        classification\n        occurredAt\n        detectedAt\n        highRisk\n        notifiedAt\n        harmTypes\n        affectedStakeholders\n        countriesAffected\n        reporter\n        relatedIncidents {\n          country\n          id\n        }\n        system {\n          id\n          name\n        }\n        reportedAt\n        updatedAt\n        finalReportAt\n        demo\n        notificationDeadline\n        notificationStatus\n        revisions {\n          id\n          revisedAt\n          revisedBy\n          reason\n          previous\n        }\n      }\n    }\n  }\n": typeof types.OwnIncidentDocument,
    "\n  mutation ReviseIncident($id: ID!, $input: UpdateIncidentInput!, $idempotencyKey: String) {\n    updateIncident(id: $id, input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      updatedAt\n      finalReportAt\n    }\n  }\n": typeof types.ReviseIncidentDocument,
    "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query AccessLogPage($first: Int!, $after: String, $filter: AccessLogFilter) {\n    myCountry {\n      code\n      accessLog(first: $first, after: $after, filter: $filter) {\n        totalCount\n        nodes {\n          seq\n          at\n          callerCountry\n          callerSubject\n          callerRole\n          entryKind\n          recordKind\n          recordIds\n          grantIds\n          counted\n          filterHash\n          operationHash\n          hash\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.AccessLogPageDocument,
    "\n  query AccessLogIntegrity($full: Boolean!) {\n    myCountry {\n      code\n      accessLogIntegrity(full: $full) {\n        valid\n        entries\n        head\n        brokenAt\n        from\n      }\n    }\n  }\n": types.AccessLogIntegrityDocument,
    "\n  query AccessLogHead {\n    myCountry {\n      code\n      accessLogHead {\n        seq\n        hash\n        at\n        kid\n        signature\n      }\n    }\n  }\n": types.AccessLogHeadDocument,
    "\n  query AccessLogHeadCheck($published: String!) {\n    myCountry {\n      code\n      accessLogHeadCheck(published: $published) {\n        valid\n        seq\n        publishedAt\n        publishedHash\n        currentHash\n        reason\n      }\n    }\n  }\n": types.AccessLogHeadCheckDocument,
    "\n  query Participants {\n    countries {\n      code\n      name\n    }\n  }\n": types.ParticipantsDocument,
    "\n  query ComplianceCatalogue {\n    milestones {\n      code\n      dueDate\n      monthsAfterAgreement\n    }\n    baseline {\n      version\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n    }\n  }\n": types.ComplianceCatalogueDocument,
    "\n  query ComplianceMatrix($milestone: MilestoneCode!, $category: String, $binding: Boolean) {\n    complianceMatrix(milestone: $milestone, category: $category, binding: $binding) {\n      milestone\n      items {\n        code\n        title\n        category\n        binding\n        source\n      }\n      rows {\n        country {\n          code\n          name\n        }\n        cells {\n          itemCode\n          selfRating\n          reviewStatus\n        }\n      }\n    }\n    complianceReports(milestone: $milestone) {\n      id\n      country\n      version\n      status\n    }\n  }\n": types.ComplianceMatrixDocument,
    "\n  query ComplianceIndicators($milestone: MilestoneCode!) {\n    countries {\n      code\n      indicators(milestone: $milestone) {\n        asOf\n        highRiskDeployments\n        redTeamedBeforeDeployment\n        incidentsRequiringNotification\n        notifiedWithin72h\n        systems\n        systemsWithProvenance\n      }\n    }\n  }\n": types.ComplianceIndicatorsDocument,
    "\n  query ComplianceReport($id: ID!) {\n    complianceReport(id: $id) {\n      id\n      country\n      milestone\n      version\n      baselineVersion\n      submittedAt\n      status\n      assessments {\n        itemCode\n        rating\n        note\n        evidence {\n          kind\n          country\n          id\n        }\n      }\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n": types.ComplianceReportDocument,
    "\n  mutation ReviewComplianceReport($input: ReviewComplianceReportInput!, $idempotencyKey: String) {\n    reviewComplianceReport(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      history {\n        status\n        at\n        by\n        comment\n      }\n    }\n  }\n": types.ReviewComplianceReportDocument,
    "\n  fragment GrantTerms on Grant {\n    id\n    grantor\n    grantee\n    recordKinds\n    maxClassification\n    severities\n    systemIds\n    purpose\n    validFrom\n    validUntil\n    issuedAt\n    revokedAt\n    active\n  }\n": types.GrantTermsFragmentDoc,
    "\n  query IssuedGrants {\n    myCountry {\n      code\n      name\n      grants {\n        ...GrantTerms\n      }\n    }\n  }\n": types.IssuedGrantsDocument,
    "\n  query DirectoryGrants {\n    countries {\n      code\n      name\n      grants {\n        ...GrantTerms\n      }\n    }\n  }\n": types.DirectoryGrantsDocument,
    "\n  query PreviewGrant($input: GrantInput!) {\n    previewGrant(input: $input) {\n      total\n      counts {\n        kind\n        classification\n        count\n      }\n    }\n  }\n": types.PreviewGrantDocument,
    "\n  mutation GrantAccess($input: GrantInput!, $idempotencyKey: String) {\n    grantAccess(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      grantee\n      purpose\n    }\n  }\n": types.GrantAccessDocument,
    "\n  mutation RevokeGrant($id: ID!) {\n    revokeGrant(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": types.RevokeGrantDocument,
    "\n  query IncidentCountryDirectory {\n    countries {\n      code\n      name\n    }\n  }\n": types.IncidentCountryDirectoryDocument,
    "\n  fragment IncidentRow on Incident {\n    id\n    country\n    title\n    summary\n    severity\n    classification\n    occurredAt\n    detectedAt\n    notifiedAt\n    reportedAt\n    highRisk\n    notificationStatus\n    notificationDeadline\n    harmTypes\n    countriesAffected\n    demo\n    system {\n      id\n      name\n    }\n  }\n": types.IncidentRowFragmentDoc,
    "\n  query IncidentFirstPages($codes: [ID!], $first: Int!, $filter: IncidentFilter) {\n    countries(codes: $codes) {\n      code\n      name\n      incidents(first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n": types.IncidentFirstPagesDocument,
    "\n  query IncidentNextPage($code: ID!, $after: String!, $first: Int!, $filter: IncidentFilter) {\n    country(code: $code) {\n      code\n      incidents(after: $after, first: $first, filter: $filter) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...IncidentRow\n        }\n      }\n    }\n  }\n": types.IncidentNextPageDocument,
    "\n  query IncidentDetail($code: ID!, $id: ID!) {\n    country(code: $code) {\n      code\n      name\n      incident(id: $id) {\n        ...IncidentRow\n        affectedStakeholders\n        reporter\n        updatedAt\n        finalReportAt\n        system {\n          id\n          name\n          description\n          weights\n          riskTier\n          classification\n          demo\n          developer {\n            name\n            country\n          }\n          deployments {\n            id\n            setting\n            deployedAt\n            highRisk\n            redTeamedBeforeDeployment\n            missingRedTeam\n            deployer {\n              name\n              country\n            }\n          }\n          provenance {\n            trainingSources {\n              name\n              kind\n              description\n            }\n            releases {\n              version\n              releasedAt\n              changes\n              architectureChange\n            }\n          }\n        }\n        relatedIncidents {\n          country\n          id\n          incident {\n            id\n            country\n            title\n            severity\n            classification\n            occurredAt\n          }\n        }\n      }\n    }\n  }\n": types.IncidentDetailDocument,
    "\n  query IncidentRevisions($id: ID!) {\n    myCountry {\n      code\n      incident(id: $id) {\n        id\n        revisions {\n          id\n          revisedAt\n          revisedBy\n          reason\n          previous\n        }\n      }\n    }\n  }\n": types.IncidentRevisionsDocument,
    "\n  query ReportContext {\n    myCountry {\n      code\n      name\n      systems {\n        id\n        name\n        riskTier\n      }\n    }\n  }\n": types.ReportContextDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!, $idempotencyKey: String) {\n    reportIncident(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      country\n      title\n      severity\n      classification\n      highRisk\n      detectedAt\n      reportedAt\n      notificationDeadline\n      notificationStatus\n    }\n  }\n": types.ReportIncidentDocument,
    "\n  query OpenNotifications {\n    myCountry {\n      code\n      incidents(first: 100, filter: { notificationStatuses: [PENDING, OVERDUE] }) {\n        totalCount\n        nodes {\n          id\n          title\n          severity\n          classification\n          detectedAt\n          notificationDeadline\n          notificationStatus\n          demo\n        }\n      }\n    }\n  }\n": types.OpenNotificationsDocument,
    "\n  query OwnIncidents($first: Int!, $after: String, $filter: IncidentFilter) {\n    myCountry {\n      code\n      incidents(first: $first, after: $after, filter: $filter) {\n        totalCount\n        nodes {\n          id\n          title\n          severity\n          classification\n          occurredAt\n          reportedAt\n          updatedAt\n          finalReportAt\n          notificationStatus\n          notificationDeadline\n          demo\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.OwnIncidentsDocument,
    "\n  query OwnIncident($id: ID!) {\n    myCountry {\n      code\n      incident(id: $id) {\n        id\n        title\n        summary\n        severity\n        classification\n        occurredAt\n        detectedAt\n        highRisk\n        notifiedAt\n        harmTypes\n        affectedStakeholders\n        countriesAffected\n        reporter\n        relatedIncidents {\n          country\n          id\n        }\n        system {\n          id\n          name\n        }\n        reportedAt\n        updatedAt\n        finalReportAt\n        demo\n        notificationDeadline\n        notificationStatus\n        revisions {\n          id\n          revisedAt\n          revisedBy\n          reason\n          previous\n        }\n      }\n    }\n  }\n": types.OwnIncidentDocument,
    "\n  mutation ReviseIncident($id: ID!, $input: UpdateIncidentInput!, $idempotencyKey: String) {\n    updateIncident(id: $id, input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      updatedAt\n      finalReportAt\n    }\n  }\n": types.ReviseIncidentDocument,
    "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogPage($first: Int!, $after: String, $filter: AccessLogFilter) {\n    myCountry {\n      code\n      accessLog(first: $first, after: $after, filter: $filter) {\n        totalCount\n        nodes {\n          seq\n          at\n          callerCountry\n          callerSubject\n          callerRole\n          entryKind\n          recordKind\n          recordIds\n          grantIds\n          counted\n          filterHash\n          operationHash\n          hash\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccessLogPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogIntegrity($full: Boolean!) {\n    myCountry {\n      code\n      accessLogIntegrity(full: $full) {\n        valid\n        entries\n        head\n        brokenAt\n        from\n      }\n    }\n  }\n"): typeof import('./graphql').AccessLogIntegrityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogHead {\n    myCountry {\n      code\n      accessLogHead {\n        seq\n        hash\n        at\n        kid\n        signature\n      }\n    }\n  }\n"): typeof import('./graphql').AccessLogHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogHeadCheck($published: String!) {\n    myCountry {\n      code\n      accessLogHeadCheck(published: $published) {\n        valid\n        seq\n        publishedAt\n        publishedHash\n        currentHash\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').AccessLogHeadCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participants {\n    countries {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').ParticipantsDocument;
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
export function graphql(source: "\n  fragment GrantTerms on Grant {\n    id\n    grantor\n    grantee\n    recordKinds\n    maxClassification\n    severities\n    systemIds\n    purpose\n    validFrom\n    validUntil\n    issuedAt\n    revokedAt\n    active\n  }\n"): typeof import('./graphql').GrantTermsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedGrants {\n    myCountry {\n      code\n      name\n      grants {\n        ...GrantTerms\n      }\n    }\n  }\n"): typeof import('./graphql').IssuedGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryGrants {\n    countries {\n      code\n      name\n      grants {\n        ...GrantTerms\n      }\n    }\n  }\n"): typeof import('./graphql').DirectoryGrantsDocument;
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
export function graphql(source: "\n  query ReportContext {\n    myCountry {\n      code\n      name\n      systems {\n        id\n        name\n        riskTier\n      }\n    }\n  }\n"): typeof import('./graphql').ReportContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncident($input: ReportIncidentInput!, $idempotencyKey: String) {\n    reportIncident(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      country\n      title\n      severity\n      classification\n      highRisk\n      detectedAt\n      reportedAt\n      notificationDeadline\n      notificationStatus\n    }\n  }\n"): typeof import('./graphql').ReportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenNotifications {\n    myCountry {\n      code\n      incidents(first: 100, filter: { notificationStatuses: [PENDING, OVERDUE] }) {\n        totalCount\n        nodes {\n          id\n          title\n          severity\n          classification\n          detectedAt\n          notificationDeadline\n          notificationStatus\n          demo\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpenNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnIncidents($first: Int!, $after: String, $filter: IncidentFilter) {\n    myCountry {\n      code\n      incidents(first: $first, after: $after, filter: $filter) {\n        totalCount\n        nodes {\n          id\n          title\n          severity\n          classification\n          occurredAt\n          reportedAt\n          updatedAt\n          finalReportAt\n          notificationStatus\n          notificationDeadline\n          demo\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OwnIncidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnIncident($id: ID!) {\n    myCountry {\n      code\n      incident(id: $id) {\n        id\n        title\n        summary\n        severity\n        classification\n        occurredAt\n        detectedAt\n        highRisk\n        notifiedAt\n        harmTypes\n        affectedStakeholders\n        countriesAffected\n        reporter\n        relatedIncidents {\n          country\n          id\n        }\n        system {\n          id\n          name\n        }\n        reportedAt\n        updatedAt\n        finalReportAt\n        demo\n        notificationDeadline\n        notificationStatus\n        revisions {\n          id\n          revisedAt\n          revisedBy\n          reason\n          previous\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OwnIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseIncident($id: ID!, $input: UpdateIncidentInput!, $idempotencyKey: String) {\n    updateIncident(id: $id, input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      updatedAt\n      finalReportAt\n    }\n  }\n"): typeof import('./graphql').ReviseIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      country\n      subject\n      roles\n      scopes\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
