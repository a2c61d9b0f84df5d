import * as v from 'valibot';

/**
 * A parser for `schema`: `(data) =>` its output when `data` parses (valibot's safeParse), else
 * undefined. Every message, reply and token Brieflight reads from another context goes through one.
 */
export function parserOf<S extends v.GenericSchema>(
  schema: S,
): (data: unknown) => v.InferOutput<S> | undefined {
  return (data) => {
    const r = v.safeParse(schema, data);
    return r.success ? r.output : undefined;
  };
}
