import { CreateIncidentRegister1764000000000 } from "./1764000000000-CreateIncidentRegister.js";
import { CreateGrantsAndAccessLog1764100000000 } from "./1764100000000-CreateGrantsAndAccessLog.js";
import { CreateIncidentRevisions1764200000000 } from "./1764200000000-CreateIncidentRevisions.js";
import { AddNotificationClock1764300000000 } from "./1764300000000-AddNotificationClock.js";
import { CreateSystemsAndProvenance1764400000000 } from "./1764400000000-CreateSystemsAndProvenance.js";
import { CreateAudits1764600000000 } from "./1764600000000-CreateAudits.js";
import { AddOecdIncidentFields1764700000000 } from "./1764700000000-AddOecdIncidentFields.js";
import { AddFinalReport1764800000000 } from "./1764800000000-AddFinalReport.js";
import { CreateIdempotentRequests1765000000000 } from "./1765000000000-CreateIdempotentRequests.js";
import { GroupAccessLogEntries1765200000000 } from "./1765200000000-GroupAccessLogEntries.js";
import { CreateDeploymentIdentity1765500000000 } from "./1765500000000-CreateDeploymentIdentity.js";

/** A national deployment's migrations, oldest first. */
export const nationalMigrations = [
  CreateIncidentRegister1764000000000,
  CreateGrantsAndAccessLog1764100000000,
  CreateIncidentRevisions1764200000000,
  AddNotificationClock1764300000000,
  CreateSystemsAndProvenance1764400000000,
  CreateAudits1764600000000,
  AddOecdIncidentFields1764700000000,
  AddFinalReport1764800000000,
  CreateIdempotentRequests1765000000000,
  GroupAccessLogEntries1765200000000,
  CreateDeploymentIdentity1765500000000,
];
