import { CreateCountryDirectory1764000000000 } from "./1764000000000-CreateCountryDirectory.js";
import { CreateComplianceReports1764500000000 } from "./1764500000000-CreateComplianceReports.js";
import { CreateIdempotentRequests1765000000000 } from "./1765000000000-CreateIdempotentRequests.js";
import { AddEvidenceVouchedAt1766000000000 } from "./1766000000000-AddEvidenceVouchedAt.js";
import { CreateAttestedIndicators1766100000000 } from "./1766100000000-CreateAttestedIndicators.js";

/** The board's migrations, oldest first. */
export const boardMigrations = [
  CreateCountryDirectory1764000000000,
  CreateComplianceReports1764500000000,
  CreateIdempotentRequests1765000000000,
  AddEvidenceVouchedAt1766000000000,
  CreateAttestedIndicators1766100000000,
];
