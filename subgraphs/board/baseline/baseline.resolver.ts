import { Query, Resolver } from "type-graphql";
import { BASELINE } from "./baseline-catalogue.js";
import { Baseline, toBaselineItem } from "./baseline-types.js";

@Resolver()
export class BaselineResolver {
  // Public knowledge among participants: any authenticated caller may read it.
  @Query(() => Baseline, { description: "The Tokyo Safety Baseline catalogue reports are assessed against." })
  baseline(): Baseline {
    return Object.assign(new Baseline(), { version: BASELINE.version, items: BASELINE.items.map(toBaselineItem) });
  }
}
