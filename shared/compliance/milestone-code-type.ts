import { registerEnumType } from "type-graphql";
import { MilestoneCode } from "./milestones.js";

// Registered once, here, for every subgraph that uses it: the board and the national subgraphs then
// publish the same enum, which composition merges.
registerEnumType(MilestoneCode, {
  name: "MilestoneCode",
  description: "The review board's checkpoints: 6, 12 and 18 months after the agreement of 2026-03-25.",
});

export { MilestoneCode };
