import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema.js";
import { BaselineResolver } from "./baseline/baseline.resolver.js";
import { ComplianceReportsResolver } from "./compliance/compliance-reports.resolver.js";
import { EvidenceRecordResolver } from "./compliance/evidence-record.resolver.js";
import { ReviewComplianceReportResolver } from "./compliance/review-report.resolver.js";
import { ReviewQueueResolver } from "./compliance/review-queue.resolver.js";
import { SubmitComplianceReportResolver } from "./compliance/submit-report.resolver.js";
import { CountriesResolver } from "./countries/countries.resolver.js";
import { countryReference } from "./countries/country.reference.js";
import { ComplianceMatrixResolver, ComplianceMatrixRowResolver } from "./matrix/matrix.resolver.js";
import { MeResolver } from "./me/me.resolver.js";
import { MilestonesResolver } from "./milestones/milestones.resolver.js";
import { IncidentReference, IncidentReferenceResolver, incidentReferenceReference, IncidentStub } from "./references/incident-reference.js";

export function buildBoardSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      CountriesResolver,
      MeResolver,
      BaselineResolver,
      MilestonesResolver,
      ComplianceReportsResolver,
      EvidenceRecordResolver,
      SubmitComplianceReportResolver,
      ReviewComplianceReportResolver,
      ReviewQueueResolver,
      ComplianceMatrixResolver,
      ComplianceMatrixRowResolver,
      IncidentReferenceResolver,
    ],
    // Reached only through entity fetches from the national subgraph's links.
    orphanedTypes: [IncidentReference, IncidentStub],
    referenceResolvers: { Country: countryReference, IncidentReference: incidentReferenceReference },
  });
}
