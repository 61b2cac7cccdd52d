/** Whether a value is one of a list's values: the one type guard behind every isX of the domain. */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)
