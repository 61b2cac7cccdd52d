import type { StructureResolver } from 'sanity/structure'

import { studioApiVersion } from './env'

// Custom lists query the Content Lake themselves and need an API version of their own.
const STRUCTURE_API_VERSION = studioApiVersion

const SINGLETONS = new Set(['siteSettings'])
export const isSingleton = (type: string) => SINGLETONS.has(type)

export const structure: StructureResolver = (S) => {
  const today = () => new Date().toISOString().slice(0, 10)
  const inThirtyDays = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
  return S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Guides')
        .schemaType('guide')
        .child(
          S.list()
            .title('Guides')
            .items([
              S.listItem().title('All guides').child(S.documentTypeList('guide').title('All guides')),
              S.listItem()
                .title('Review due within 30 days')
                .child(
                  S.documentList()
                    .apiVersion(STRUCTURE_API_VERSION)
                    .title('Review due within 30 days')
                    .schemaType('guide')
                    .filter('_type == "guide" && defined(nextReviewDue) && nextReviewDue <= $until')
                    .params({ until: inThirtyDays(), today: today() })
                    .defaultOrdering([{ field: 'nextReviewDue', direction: 'asc' }]),
                ),
              S.listItem()
                .title('Awaiting clinical review')
                .child(
                  S.documentList()
                    .apiVersion(STRUCTURE_API_VERSION)
                    .title('Awaiting clinical review')
                    .schemaType('guide')
                    .filter('_type == "guide" && reviewStatus == "awaiting-review"'),
                ),
            ]),
        ),
      S.documentTypeListItem('condition').title('Conditions'),
      S.documentTypeListItem('insole').title('Insoles'),
      S.documentTypeListItem('exercise').title('Exercises'),
      S.documentTypeListItem('person').title('People'),
      S.divider(),
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId('siteSettings')),
    ])
}
