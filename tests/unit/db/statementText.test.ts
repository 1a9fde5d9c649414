import { instant } from '../../../src/data/mappers';
import { compactStatement, CypherRegistry } from '../../../src/db/cypherRegistry';
import { cypherParameters } from '../../support/cypherParameters';

describe('the statement text sent to Neo4j', () => {
  it('drops whole-line comments, blank lines and indentation, keeping code and a URL inside a string', () => {
    const file =
      "// what it does\n// $id: STRING\nMATCH (n {id: $id})\n\n  // why\n  RETURN n.url = 'https://x.org//a' AS same // trailing\n";
    expect(compactStatement(file)).toBe("MATCH (n {id: $id})\nRETURN n.url = 'https://x.org//a' AS same // trailing");
  });

  it('changes no string literal in any statement: none spans lines', () => {
    const registry = CypherRegistry.load();
    const unbalanced = registry.names().flatMap((name) =>
      registry
        .text(name)
        .split('\n')
        .filter((line) => [...line.matchAll(/'/g)].length % 2 !== 0 || [...line.matchAll(/"/g)].length % 2 !== 0)
        .map((line) => `${name}: ${line}`),
    );
    expect(unbalanced).toEqual([]);
  });
});

describe('the $parameters of a statement', () => {
  it('lists each once, in order of first use', () => {
    expect(cypherParameters('MATCH (n {id: $id}) WHERE n.kind IN $kinds OR $id IS NULL RETURN n LIMIT $limit')).toEqual(
      ['id', 'kinds', 'limit'],
    );
  });

  it('skips comments, string literals and backquoted names', () => {
    const text =
      "// $header: STRING\nMATCH (n) /* $block */ WHERE n.note = '$single \\' $escaped' OR n.x = \"$double\" RETURN n.`$quoted` AS x, $real // $trailing";
    expect(cypherParameters(text)).toEqual(['real']);
  });
});

describe('instants read from Neo4j', () => {
  it('turns epoch milliseconds into ISO-8601 in UTC, as the driver renders a DATETIME', () => {
    expect(instant(Date.UTC(2026, 10, 24, 17, 2, 55, 831))).toBe('2026-11-24T17:02:55.831Z');
    expect(instant(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('passes an ISO string through and gives null for a missing value', () => {
    expect(instant('2026-11-24T17:02:55.831Z')).toBe('2026-11-24T17:02:55.831Z');
    expect(instant(null)).toBeNull();
    expect(instant(undefined)).toBeNull();
  });
});
