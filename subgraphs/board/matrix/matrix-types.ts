import { Field, ID, ObjectType } from "type-graphql";
import { BaselineItem } from "../baseline/baseline-types.js";
import { ComplianceRating, ReportStatus } from "../compliance/enums.js";
import { Country } from "../countries/country.js";
import { MilestoneCode } from "../../../shared/compliance/milestone-code-type.js";

@ObjectType({ description: "One country's standing on one baseline item, from its latest report for the milestone." })
export class ComplianceMatrixCell {
  @Field(() => ID)
  itemCode: string;

  @Field(() => ComplianceRating, { nullable: true, description: "The country's self-rating; null when its latest report does not rate the item, or it has none." })
  selfRating: ComplianceRating | null;

  @Field(() => ReportStatus, { nullable: true, description: "The review status of that latest report; null when the country has no report." })
  reviewStatus: ReportStatus | null;
}

@ObjectType()
export class ComplianceMatrixRow {
  // The federated entity itself, so that the gateway can add any national field of the country to a row.
  @Field(() => Country)
  country: Country;

  @Field(() => [ComplianceMatrixCell], { description: "One cell per item of `items`, in the same order." })
  cells: ComplianceMatrixCell[];

  /** The latest report's id, for its attested figures (matrix.resolver.ts); null when the country has none. */
  reportId: string | null;
}

@ObjectType({ description: "Every participant against the (filtered) baseline items for one milestone." })
export class ComplianceMatrix {
  @Field(() => MilestoneCode)
  milestone: MilestoneCode;

  @Field(() => [BaselineItem])
  items: BaselineItem[];

  @Field(() => [ComplianceMatrixRow], { description: "One row per participant in the board's directory, by code." })
  rows: ComplianceMatrixRow[];

  @Field({
    description:
      "The matrix as RFC 4180 CSV (CRLF line ends): header `country,<itemCode>...`, then one line per country; a cell is " +
      "`rating/status`, `/status` when the report does not rate the item, empty when there is no report.",
  })
  csv: string;
}
