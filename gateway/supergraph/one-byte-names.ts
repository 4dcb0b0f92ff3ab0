import { parse, visit } from "graphql";

/** Held for the life of the process: V8's string table forgets a name nobody holds. */
let held: Record<string, true> | undefined;

/**
 * Makes every name of the supergraph (types, fields, enum values) a one-byte internalized string
 * before the gateway's schema machinery names them. V8 keeps one internalized copy of each distinct
 * string and every later lookup (a property key, a key parsed by `JSON.parse` from a country's answer)
 * gets that copy, whatever the encoding of the text looked up. When the first copy was a two-byte one
 * (Apollo's schema processing makes some), every answer's keys and enum values are two-byte, so the
 * whole response the gateway serialises is a two-byte string: twice the bytes to build, flatten and
 * encode to UTF-8 for a 100-country answer (about 356 KB of ASCII). Costs a few hundred short strings.
 */
export function holdOneByteNames(supergraphSdl: string): void {
  const names: Record<string, true> = Object.create(null);
  visit(parse(supergraphSdl, { noLocation: true }), {
    Name(node) {
      // A name copied out of the SDL: one-byte whenever its characters are (GraphQL names are ASCII).
      names[node.value] = true;
    },
  });
  held = names;
}
