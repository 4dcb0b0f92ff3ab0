import { Field, ID, InputType } from "type-graphql";
import { MilestoneCode } from "../../../shared/compliance/milestone-code-type.js";
import { ComplianceRating, EvidenceKind, ReviewOutcome } from "./enums.js";

@InputType()
export class EvidenceInput {
  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Field(() => ID, { description: "Must be the submitting country: a report cites its own records only." })
  country: string;

  @Field(() => ID, { description: "The record's UUID." })
  id: string;
}

@InputType()
export class AssessmentInput {
  @Field(() => ID, { description: "A baseline item code (TSB-01..TSB-30), at most once per report." })
  itemCode: string;

  @Field(() => ComplianceRating)
  rating: ComplianceRating;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [EvidenceInput], { nullable: true })
  evidence?: EvidenceInput[] | null;
}

@InputType()
export class SubmitComplianceReportInput {
  @Field(() => MilestoneCode)
  milestone: MilestoneCode;

  @Field(() => [AssessmentInput])
  assessments: AssessmentInput[];
}

@InputType()
export class ReviewComplianceReportInput {
  @Field(() => ID)
  reportId: string;

  @Field(() => ReviewOutcome)
  outcome: ReviewOutcome;

  @Field(() => String, { nullable: true, description: "Required for CHANGES_REQUESTED and ESCALATION_RECOMMENDED." })
  comment?: string | null;
}
