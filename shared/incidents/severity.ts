/** The OECD common reporting framework's scale, from a hazard (harm could occur) to a disaster. */
export enum Severity {
  HAZARD = "HAZARD",
  SERIOUS_HAZARD = "SERIOUS_HAZARD",
  INCIDENT = "INCIDENT",
  SERIOUS_INCIDENT = "SERIOUS_INCIDENT",
  DISASTER = "DISASTER",
}

export const ALL_SEVERITIES: readonly Severity[] = Object.values(Severity);
