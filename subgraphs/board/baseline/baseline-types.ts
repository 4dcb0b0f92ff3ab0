import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import type { BaselineEntry } from "./baseline-catalogue.js";

export enum BaselineItemSource {
  AGREEMENT_TEXT = "AGREEMENT_TEXT",
  DEMO_PLACEHOLDER = "DEMO_PLACEHOLDER",
}
registerEnumType(BaselineItemSource, {
  name: "BaselineItemSource",
  description:
    "AGREEMENT_TEXT: the item's substance is publicly known and its title states it. DEMO_PLACEHOLDER: the hub " +
    "does not hold this item's text; title and binding flag are demo values, never to be quoted as the agreement.",
});

@ObjectType({ description: "One point of the Tokyo Safety Baseline." })
export class BaselineItem {
  @Field(() => ID, { description: "The hub's code for the item (TSB-01..TSB-30), not the agreement's paragraph number." })
  code: string;

  @Field()
  title: string;

  @Field({ description: "TESTING, TRANSPARENCY, REPORTING or COOPERATION." })
  category: string;

  @Field({ description: "True for an obligation, false for a voluntary best practice." })
  binding: boolean;

  @Field(() => BaselineItemSource)
  source: BaselineItemSource;
}

@ObjectType({ description: "The versioned catalogue of the Tokyo Safety Baseline's 30 points." })
export class Baseline {
  @Field({ description: "Catalogue version; each compliance report records the one it was assessed against." })
  version: string;

  @Field(() => [BaselineItem])
  items: BaselineItem[];
}

export function toBaselineItem(entry: BaselineEntry): BaselineItem {
  return Object.assign(new BaselineItem(), { ...entry, source: BaselineItemSource[entry.source] });
}
