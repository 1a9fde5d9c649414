// Declares one Cypher statement, as PgTyped does for SQL: its file, its parameters and the rows it returns.
// The parameter names are a runtime value (a test holds them to the file's `$params`); their types and the row type
// exist for the compiler only, so `Database.read` and friends infer both from the statement's name.

declare const paramType: unique symbol;
declare const paramsType: unique symbol;
declare const rowType: unique symbol;

/** A parameter in a statement's declaration: its name is the key it sits under, `T` the value it takes. */
export interface Param<T> {
  readonly [paramType]: T;
}

/** The one runtime value behind every `param<T>()`: only the key it sits under matters at run time. */
const aParam = Object.freeze({});

/** Declares a parameter of type `T`: `{ ids: param<readonly string[]>() }`. */
export const param = <T>(): Param<T> => aParam as Param<T>;

export type ParamDeclarations = Record<string, Param<unknown>>;

/** The parameter map a declaration asks for: `{ ids: param<readonly string[]>() }` gives `{ ids: readonly string[] }`. */
export type ParamsOf<D extends ParamDeclarations> = { [K in keyof D]: D[K] extends Param<infer T> ? T : never };

/** A registered statement; `P` and `R` are compile-time only. */
export interface Statement<P, R> {
  /** Under cypher/. */
  readonly file: string;
  /** The `$params` the file uses, in declaration order. */
  readonly paramNames: readonly string[];
  readonly [paramsType]: P;
  readonly [rowType]: R;
}

export type StatementParams<S> = S extends Statement<infer P, unknown> ? P : never;
export type StatementRow<S> = S extends Statement<unknown, infer R> ? R : never;

/**
 * `statement('actor/actorsByIds.cypher', { ids: param<readonly string[]>() }).returns<{ requestedId: string; actor: NodeMap }>()`:
 * rows are what `toPlain` makes of a record (numbers for integers, ISO text for instants, maps for nodes).
 */
export function statement<D extends ParamDeclarations>(file: string, params: D) {
  return {
    returns: <R>(): Statement<ParamsOf<D>, R> =>
      ({ file, paramNames: Object.keys(params) }) as unknown as Statement<ParamsOf<D>, R>,
  };
}
