/**
 * Every entity of the national subgraph carries its country in its key: `Country` by its `code`,
 * everything else by a `country` field. That is what lets one logical subgraph be sharded by country.
 */
const COUNTRY_KEY_FIELD: Record<string, string> = { Country: "code" };

export type Representation = Record<string, unknown> & { __typename: string };

export function countryOf(representation: Representation): string | undefined {
  const value = representation[COUNTRY_KEY_FIELD[representation.__typename] ?? "country"];
  return typeof value === "string" ? value : undefined;
}

export interface CountryShard {
  country: string | undefined;
  /** Positions of this shard's representations in the original list, in order. */
  indexes: number[];
  representations: Representation[];
}

/** Splits an `_entities` fetch into one shard per country, remembering where each item came from. */
export function splitByCountry(representations: readonly Representation[]): CountryShard[] {
  const shards = new Map<string | undefined, CountryShard>();
  representations.forEach((representation, index) => {
    const country = countryOf(representation);
    let shard = shards.get(country);
    if (!shard) {
      shard = { country, indexes: [], representations: [] };
      shards.set(country, shard);
    }
    shard.indexes.push(index);
    shard.representations.push(representation);
  });
  return [...shards.values()];
}

/** Puts each shard's answers back at the positions its representations came from. */
export function reassemble(total: number, answers: { indexes: number[]; entities: readonly unknown[] | null }[]): unknown[] {
  const entities = new Array<unknown>(total).fill(null);
  for (const { indexes, entities: answered } of answers) {
    if (!answered) continue;
    indexes.forEach((original, i) => {
      entities[original] = answered[i] ?? null;
    });
  }
  return entities;
}
