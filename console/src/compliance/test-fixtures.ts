import type { ComplianceIndicatorsQuery } from "../gql/graphql";
import type { Matrix, ReportSummary } from "./matrix-model";

/** A small matrix as the hub answers it: JP and KR reported (KR twice), US did not. */
export const ITEMS: Matrix["items"] = [
  { code: "TSB-01", title: "Mandatory red-team exercises", category: "TESTING", binding: true, source: "AGREEMENT_TEXT" },
  { code: "TSB-16", title: "72-hour incident notification", category: "REPORTING", binding: true, source: "AGREEMENT_TEXT" },
];

/** JP's own figures with its report: more than the board's shared view below counts. */
export const ATTESTED_JP: NonNullable<Matrix["rows"][number]["attestedIndicators"]> = {
  attestedAt: "2026-09-20T08:00:00.000Z",
  asOf: "2026-09-20T08:00:00.000Z",
  highRiskDeployments: 4,
  redTeamedBeforeDeployment: 3,
  incidentsRequiringNotification: 18,
  notifiedWithin72h: 9,
  systems: 6,
  systemsWithProvenance: 5,
};

export const MATRIX: Matrix = {
  milestone: "M6",
  items: ITEMS,
  rows: [
    {
      country: { code: "JP", name: "Japan" },
      cells: [
        { itemCode: "TSB-01", selfRating: "COMPLIANT", reviewStatus: "ACCEPTED" },
        { itemCode: "TSB-16", selfRating: null, reviewStatus: "ACCEPTED" },
      ],
      attestedIndicators: ATTESTED_JP,
    },
    {
      country: { code: "KR", name: "Republic of Korea" },
      cells: [
        { itemCode: "TSB-01", selfRating: "NON_COMPLIANT", reviewStatus: "UNDER_REVIEW" },
        { itemCode: "TSB-16", selfRating: "PARTIALLY_COMPLIANT", reviewStatus: "UNDER_REVIEW" },
      ],
      attestedIndicators: null,
    },
    {
      country: { code: "US", name: "United States" },
      cells: [
        { itemCode: "TSB-01", selfRating: null, reviewStatus: null },
        { itemCode: "TSB-16", selfRating: null, reviewStatus: null },
      ],
      attestedIndicators: null,
    },
  ],
};

export const REPORTS: ReportSummary[] = [
  { id: "kr-1", country: "KR", version: 1, status: "CHANGES_REQUESTED" },
  { id: "kr-2", country: "KR", version: 2, status: "UNDER_REVIEW" },
  { id: "jp-1", country: "JP", version: 1, status: "ACCEPTED" },
];

export const INDICATORS: ComplianceIndicatorsQuery["countries"] = [
  {
    code: "JP",
    indicators: {
      basis: "SHARED_VIEW",
      asOf: "2026-09-25T00:00:00.000Z",
      highRiskDeployments: 4,
      redTeamedBeforeDeployment: 3,
      incidentsRequiringNotification: 8,
      notifiedWithin72h: 7,
      systems: 6,
      systemsWithProvenance: 5,
    },
  },
  { code: "KR", indicators: null },
];
