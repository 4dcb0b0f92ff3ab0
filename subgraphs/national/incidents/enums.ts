import { registerEnumType } from "type-graphql";
import { NotificationStatus } from "../../../shared/incidents/notification-clock.js";
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

registerEnumType(NotificationStatus, {
  name: "NotificationStatus",
  description:
    "The 72-hour rule for high-risk deployments: NOT_REQUIRED (not high-risk), PENDING (not yet notified, inside " +
    "72 h of detection), ON_TIME (notified within 72 h), LATE (notified after), OVERDUE (not notified, past 72 h).",
});

/** The OECD common reporting framework's types of harm. */
export enum HarmType {
  PHYSICAL = "PHYSICAL",
  PSYCHOLOGICAL = "PSYCHOLOGICAL",
  REPUTATIONAL = "REPUTATIONAL",
  ECONOMIC_PROPERTY = "ECONOMIC_PROPERTY",
  ENVIRONMENTAL = "ENVIRONMENTAL",
  PUBLIC_INTEREST = "PUBLIC_INTEREST",
  HUMAN_RIGHTS = "HUMAN_RIGHTS",
}
registerEnumType(HarmType, { name: "HarmType", description: "OECD harm types." });

export { Classification, NotificationStatus, Severity };
