import { registerEnumType } from "type-graphql";
import { Severity } from "../../../shared/incidents/severity.js";
import { Classification } from "../../../shared/policy/classification.js";

registerEnumType(Severity, {
  name: "Severity",
  description: "OECD common reporting framework scale: a hazard could cause harm, an incident did.",
});

registerEnumType(Classification, {
  name: "Classification",
  description:
    "How far a record may travel: PUBLIC (anyone on the hub), SHARED (every participating authority), " +
    "RESTRICTED (the owner, and grantees once grants exist), NATIONAL_SECURITY (never leaves the owner).",
});

export { Classification, Severity };
