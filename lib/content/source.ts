export type QueryParams = Record<string, unknown>

/**
 * Published reads for everyone; drafts over published only inside preview. With Sanity, the
 * Presentation tool may ask for a stack of Content Release ids (newest first) over drafts.
 */
export type Perspective = 'published' | 'drafts' | string[]

/** The one shape both content sources share: run a GROQ query, get its result. */
export interface ContentSource {
  readonly kind: 'embedded' | 'sanity'
  fetch<T>(query: string, params?: QueryParams, perspective?: Perspective): Promise<T>
  /** Changes whenever the content behind the source changes, where the source can tell. */
  version(): string
}
