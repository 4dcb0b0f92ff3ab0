/**
 * How far a record may travel from the country that owns it. Ordered from the most open to the most
 * closed: the order is used to compare a record with a ceiling (a grant's `maxClassification`, later).
 */
export enum Classification {
  PUBLIC = "PUBLIC",
  SHARED = "SHARED",
  RESTRICTED = "RESTRICTED",
  NATIONAL_SECURITY = "NATIONAL_SECURITY",
}

export const ALL_CLASSIFICATIONS: readonly Classification[] = [
  Classification.PUBLIC,
  Classification.SHARED,
  Classification.RESTRICTED,
  Classification.NATIONAL_SECURITY,
];
