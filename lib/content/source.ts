export type QueryParams = Record<string, unknown>

/** The one shape both content sources share: run a GROQ query, get its result. */
export interface ContentSource {
  readonly kind: 'embedded' | 'sanity'
  fetch<T>(query: string, params?: QueryParams): Promise<T>
}
