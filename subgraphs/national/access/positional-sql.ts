/**
 * SQL written with named parameters, as for TypeORM's query builder (`:name`, and `IN (:...name)` for a
 * list), turned into the numbered parameters of PostgreSQL's protocol. The same condition fragments
 * (the read rule, the filters) then serve both the query builder and the statements this subgraph
 * prepares itself. A list is sent as one array parameter (`= ANY($n)`), so that a statement's text does
 * not depend on how many values the list holds and one prepared statement serves every length.
 */
export interface PositionalSql {
  text: string;
  values: unknown[];
}

const PARAMETER = /(?<!:):(\.\.\.)?([A-Za-z_][A-Za-z0-9_]*)/g;
const IN_LIST = /\bIN\s*\(\s*:\.\.\.([A-Za-z_][A-Za-z0-9_]*)\s*\)/g;

export function positional(sql: string, params: Readonly<Record<string, unknown>>): PositionalSql {
  const values: unknown[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (name: string, list: boolean): string => {
    if (!(name in params)) throw new Error(`SQL parameter :${name} has no value`);
    const value = params[name];
    if (list !== Array.isArray(value)) throw new Error(`SQL parameter :${name} ${list ? "must" : "must not"} be a list`);
    let number = numbers.get(name);
    if (number === undefined) {
      number = values.push(value);
      numbers.set(name, number);
    }
    return `$${number}`;
  };
  const text = sql
    .replace(IN_LIST, (_match, name: string) => `= ANY(${numberOf(name, true)})`)
    .replace(PARAMETER, (match, spread: string | undefined, name: string) => {
      if (spread) throw new Error(`SQL list parameter :...${name} must be written IN (:...${name})`);
      return numberOf(name, false);
    });
  return { text, values };
}
