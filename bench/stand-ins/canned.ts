import {
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isListType,
  isObjectType,
  isScalarType,
} from "graphql";

/**
 * The canned world the stand-ins answer from: made once at start, so that an answer costs nothing but
 * the delay. Values look like the demo data (severities, SHARED and PUBLIC records a foreign regulator
 * may read, ISO dates), so that the gateway parses and merges answers of a realistic size.
 */
export const INCIDENTS_PER_COUNTRY = 20;
/** What `totalCount` says: more than one page, as a real register holds. */
export const CANNED_TOTAL_COUNT = 137;
const CANNED_DATE = "2026-03-25T00:00:00.000Z";
const SEVERITIES = ["HAZARD", "SERIOUS_HAZARD", "INCIDENT", "SERIOUS_INCIDENT", "DISASTER"];
const CLASSIFICATIONS = ["SHARED", "PUBLIC"];
const TITLES = [
  "Chatbot gave dosage advice contradicting the label",
  "Credit model denied loans by postcode proxy",
  "Autonomous forklift ignored a safety zone",
  "Hiring screener ranked applicants by name origin",
  "Voice clone used in a bank-transfer fraud",
];

export interface CannedIncident {
  id: string;
  country: string;
  title: string;
  severity: string;
  classification: string;
  occurredAt: string;
  [field: string]: unknown;
}

export function cannedIncidents(country: string): CannedIncident[] {
  return Array.from({ length: INCIDENTS_PER_COUNTRY }, (_, i) => ({
    id: `${country}-INC-${String(i + 1).padStart(4, "0")}`,
    country,
    title: `${TITLES[i % TITLES.length]} (${country} #${i + 1})`,
    severity: SEVERITIES[i % SEVERITIES.length]!,
    classification: CLASSIFICATIONS[i % CLASSIFICATIONS.length]!,
    occurredAt: new Date(Date.parse("2026-01-01T00:00:00Z") + i * 86_400_000 * 3).toISOString(),
  }));
}

/** A national Country entity: its incidents are a page of the canned ones, `first` honoured. */
export function cannedCountry(code: string, incidents: CannedIncident[]): Record<string, unknown> {
  return {
    __typename: "Country",
    code,
    incidents: ({ first }: { first?: number }) => ({
      totalCount: CANNED_TOTAL_COUNT,
      nodes: incidents.slice(0, first ?? incidents.length),
      pageInfo: { hasNextPage: true, endCursor: incidents.at(-1)?.id ?? null },
    }),
  };
}

/**
 * The resolver of every field without one of its own: the canned value when the object has it (a
 * function is called with the field's arguments), else a stand-in value of the field's type. So any
 * selection the gateway sends is answered, with the canned values wherever they exist.
 */
export const cannedFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  const value = (source as Record<string, unknown> | null | undefined)?.[info.fieldName];
  if (typeof value === "function") return (value as (a: unknown, c: unknown, i: unknown) => unknown)(args, context, info);
  if (value !== undefined) return value;
  return standInValue(info.returnType, info.fieldName, info.schema);
};

function standInValue(type: GraphQLOutputType, fieldName: string, schema: import("graphql").GraphQLSchema): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [];
  const named = getNamedType(nullable);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isScalarType(named)) {
    switch (named.name) {
      case "ID":
        return `stand-in-${fieldName}`;
      case "Int":
      case "Float":
        return 0;
      case "Boolean":
        return false;
      case "DateTime":
        return CANNED_DATE;
      default:
        return "stand-in";
    }
  }
  if (isAbstractType(named)) return { __typename: schema.getPossibleTypes(named)[0]!.name };
  if (isObjectType(named)) return {};
  return null;
}
