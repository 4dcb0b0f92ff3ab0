import { Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { MILESTONE_CODES, MILESTONE_DUE_DATES, MILESTONE_MONTHS } from "../../../shared/compliance/milestones.js";
import { MilestoneCode } from "../../../shared/compliance/milestone-code-type.js";

@ObjectType({ description: "A checkpoint at which the review board publishes compliance milestones." })
export class Milestone {
  @Field(() => MilestoneCode)
  code: MilestoneCode;

  @Field(() => Date, { description: "The due day, as midnight UTC." })
  dueDate: Date;

  @Field(() => Int, { description: "Months after the agreement of 2026-03-25." })
  monthsAfterAgreement: number;
}

@Resolver()
export class MilestonesResolver {
  @Query(() => [Milestone], { description: "The compliance checkpoints, in the order they fall due." })
  milestones(): Milestone[] {
    return MILESTONE_CODES.map((code) =>
      Object.assign(new Milestone(), { code, dueDate: MILESTONE_DUE_DATES[code], monthsAfterAgreement: MILESTONE_MONTHS[code] }),
    );
  }
}
