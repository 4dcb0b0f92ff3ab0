import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema.js";
import { AccessLogEntryResolver } from "./access-log/access-log-entry.js";
import { AccessLogResolver } from "./access-log/access-log.resolver.js";
import { AccessLogHeadResolver } from "./access-log/access-log-head.resolver.js";
import { RecordAuditResolver } from "./audits/record-audit.resolver.js";
import { auditReference } from "./audits/audit.reference.js";
import { AuditResolver, CountryAuditsResolver, DeploymentRedTeamResolver, SystemAuditsResolver } from "./audits/audits.resolver.js";
import { PreviewGrantResolver } from "./grants/preview-grant.resolver.js";
import { IndicatorsResolver } from "./indicators/indicators.resolver.js";
import { countryReference } from "./country/country.reference.js";
import { MyCountryResolver } from "./country/my-country.resolver.js";
import { CountryGrantsResolver, GrantsResolver } from "./grants/grants.resolver.js";
import { incidentReference } from "./incidents/incident.reference.js";
import { CountryIncidentsResolver } from "./incidents/incidents.resolver.js";
import { CountrySystemsResolver, DeploymentResolver, IncidentSystemResolver, SystemResolver } from "./systems/systems.resolver.js";
import { ProvenanceDocumentResolver } from "./systems/provenance/provenance-document.resolver.js";
import { systemReference } from "./systems/system.reference.js";
import { IncidentNotificationResolver } from "./incidents/notification.resolver.js";
import { UpdateIncidentResolver } from "./incidents/update-incident.resolver.js";
import { ReportIncidentResolver } from "./incidents/report-incident.resolver.js";

/** The same schema for every national deployment: the gateway composes it once as `national`. */
export function buildNationalSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      MyCountryResolver,
      CountryIncidentsResolver,
      ReportIncidentResolver,
      UpdateIncidentResolver,
      IncidentNotificationResolver,
      CountrySystemsResolver,
      SystemResolver,
      DeploymentResolver,
      IncidentSystemResolver,
      ProvenanceDocumentResolver,
      CountryAuditsResolver,
      AuditResolver,
      DeploymentRedTeamResolver,
      SystemAuditsResolver,
      RecordAuditResolver,
      IndicatorsResolver,
      PreviewGrantResolver,
      GrantsResolver,
      CountryGrantsResolver,
      AccessLogResolver,
      AccessLogHeadResolver,
      AccessLogEntryResolver,
    ],
    referenceResolvers: { Country: countryReference, Incident: incidentReference, System: systemReference, Audit: auditReference },
  });
}
