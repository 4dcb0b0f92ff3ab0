import { BASELINE } from "../../subgraphs/board/baseline/baseline-catalogue.js";
import { ComplianceRating, ReportStatus } from "../../subgraphs/board/compliance/enums.js";
import { seededRandom } from "./deterministic.js";

/** How the demo reports reach the hub: through its public API, as a country's regulator and the board's analyst would file and review them. */
export interface DemoHubClient {
  /** A token of the participant's own (dev) identity provider. */
  token(participant: string, request: { roles: string[]; subject: string }): Promise<string>;
  /** One GraphQL request to the gateway. */
  query(token: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string }[] | undefined }>;
}

const RATINGS = [
  ComplianceRating.COMPLIANT,
  ComplianceRating.COMPLIANT,
  ComplianceRating.LARGELY_COMPLIANT,
  ComplianceRating.LARGELY_COMPLIANT,
  ComplianceRating.PARTIALLY_COMPLIANT,
  ComplianceRating.NON_COMPLIANT,
  ComplianceRating.NOT_APPLICABLE,
];

/** How far the board's demo review of each country's report has gone, by the country's place in the list. */
const REVIEWS: Record<"M6" | "M12", ReportStatus[][]> = {
  M6: [
    [ReportStatus.UNDER_REVIEW, ReportStatus.ACCEPTED],
    [ReportStatus.UNDER_REVIEW, ReportStatus.CHANGES_REQUESTED],
    [ReportStatus.UNDER_REVIEW],
    [],
    [ReportStatus.UNDER_REVIEW, ReportStatus.ESCALATION_RECOMMENDED],
  ],
  M12: [[ReportStatus.UNDER_REVIEW], [], [ReportStatus.UNDER_REVIEW, ReportStatus.ACCEPTED], [], []],
};

const OWN_RECORDS = `{ myCountry {
  incidents(first: 50, filter: { highRisk: true, classifications: [PUBLIC, SHARED, RESTRICTED] }) { nodes { id classification } }
  audits(kind: RED_TEAM) { id classification }
  systems { id classification provenance { releases { version } } } } }`;

const SUBMIT = `mutation($input: SubmitComplianceReportInput!) { submitComplianceReport(input: $input) { id } }`;
const REVIEW = `mutation($input: ReviewComplianceReportInput!) { reviewComplianceReport(input: $input) { status } }`;

interface Citable {
  id: string;
  classification: string;
}

/**
 * Every demo country's M6 and M12 compliance reports, filed through the gateway by the country's demo
 * regulator and reviewed by the board's demo analyst, so that each report's evidence was vouched for by
 * its owner and its attested figures were counted by the country, exactly as for a real report. The
 * evidence is the country's own records (red-team audits, systems with a provenance label, high-risk
 * incidents; never NATIONAL_SECURITY ones). Call it once, on an empty board, with the hub running.
 * Returns the number of reports filed.
 */
export async function seedDemoReports(hub: DemoHubClient, countries: readonly string[]): Promise<number> {
  const analyst = await hub.token("BOARD", { roles: ["analyst"], subject: "board-demo-analyst" });
  const regulators = new Map(
    await Promise.all(countries.map(async (code) => [code, await hub.token(code, { roles: ["regulator"], subject: `${code.toLowerCase()}-demo-regulator` })] as const)),
  );
  const ask = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await hub.query(token, query, variables);
    if (errors?.length) throw new Error(`demo reports: ${errors.map((e) => e.message).join("; ")}`);
    return data;
  };
  let filed = 0;
  // Milestone by milestone, country by country: the review queue then lists them in this order.
  for (const milestone of ["M6", "M12"] as const) {
    for (const [i, country] of countries.entries()) {
      const regulator = regulators.get(country)!;
      const own = (await ask(regulator, OWN_RECORDS)).myCountry;
      const citable = (records: Citable[]) => records.filter((record) => record.classification !== "NATIONAL_SECURITY");
      const evidence: Record<string, { kind: string; records: Citable[] }> = {
        "TSB-01": { kind: "AUDIT", records: citable(own.audits).slice(0, 2) },
        "TSB-09": { kind: "SYSTEM", records: citable(own.systems.filter((s: any) => s.provenance)).slice(0, 2) },
        "TSB-16": { kind: "INCIDENT", records: oneOfEach(citable(own.incidents.nodes)) },
      };
      const random = seededRandom(`${country}:${milestone}`);
      const assessments = BASELINE.items.map((item) => ({
        itemCode: item.code,
        rating: RATINGS[Math.floor(random() * RATINGS.length)]!,
        note: "Demo assessment, not a real report.",
        evidence: (evidence[item.code]?.records ?? []).map((record) => ({ kind: evidence[item.code]!.kind, country, id: record.id })),
      }));
      const { submitComplianceReport: report } = await ask(regulator, SUBMIT, { input: { milestone, assessments } });
      filed++;
      for (const status of REVIEWS[milestone][i % REVIEWS[milestone].length]!) {
        const closing = status === ReportStatus.CHANGES_REQUESTED || status === ReportStatus.ESCALATION_RECOMMENDED;
        const comment = closing ? "Demo review comment: evidence for the binding items is incomplete." : null;
        await ask(analyst, REVIEW, { input: { reportId: report.id, outcome: status, comment } });
      }
    }
  }
  return filed;
}

/** One record of each classification, most open first: the demo shows a citation the board may follow and one it may not. */
function oneOfEach(records: Citable[]): Citable[] {
  return ["PUBLIC", "SHARED", "RESTRICTED"].flatMap((classification) => records.filter((r) => r.classification === classification).slice(0, 1));
}
