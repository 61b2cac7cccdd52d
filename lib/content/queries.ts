import { defineQuery } from 'next-sanity'

// Every GROQ query the site runs. Both sources run these same strings;
// `sanity typegen generate` reads this file and writes the result types.

// An image field with what the site needs to draw it: alt text, the editor's crop and
// hotspot, and the asset's size and blurred placeholder.
const picture = /* groq */ `alt, crop, hotspot, "asset": asset->{ _id, metadata { lqip, dimensions { width, height } } }`

const guideCard = /* groq */ `_id, title, "slug": slug.current, summary, bodyAreas, kind, "image": heroImage{ ${picture} }`

const exerciseSteps = /* groq */ `"steps": steps[]{ _key, text, image{ ${picture} } }`

export const SITE_SETTINGS_QUERY = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{
  brandName, tagline, disclaimer, navigation[]{ _key, label, href }
}`)

export const FEATURED_GUIDES_QUERY = defineQuery(`*[_type == "guide" && featured == true && defined(slug.current)]
  | order(title asc) { ${guideCard} }`)

// $area and $terms may be null: null means "no filter". $terms is a list of match patterns.
export const GUIDE_SEARCH_QUERY = defineQuery(`*[_type == "guide" && defined(slug.current)
  && (!defined($area) || $area in bodyAreas)
  && (!defined($terms) || [title, summary, pt::text(body)] match $terms)]
  | score(boost(title match $terms, 3), summary match $terms)
  | order(_score desc, title asc) { ${guideCard} }`)

export const GUIDE_SLUGS_QUERY = defineQuery(`*[_type == "guide" && defined(slug.current)] | order(slug.current asc) {
  "slug": slug.current
}`)

export const GUIDE_QUERY = defineQuery(`*[_type == "guide" && slug.current == $slug][0]{
  _id, _updatedAt, title, "slug": slug.current, summary, bodyAreas, kind, keyPoints,
  heroImage{ ${picture} },
  body[]{
    ...,
    markDefs[]{ ... },
    _type == "image" => { _key, _type, caption, ${picture} },
    _type == "exerciseEmbed" => {
      _key, _type,
      "exercise": exercise->{ name, "slug": slug.current, summary, ${exerciseSteps}, dose, cautions }
    }
  },
  "conditions": conditions[]->{ name, "slug": slug.current },
  "related": related[]->{ ${guideCard} },
  "author": author->{ name, role, credentials },
  "reviewer": reviewer->{ name, role, credentials },
  reviewedOn, nextReviewDue, reviewStatus,
  references[]{ _key, authors, title, publisher, year, url, doi, pmid }
}`)

// The documents a guide page shows besides the guide itself: its cache tags (see tags.ts).
export const GUIDE_SHOWS_QUERY = defineQuery(`*[_type == "guide" && slug.current == $slug][0]{
  "ids": [_id, author._ref, reviewer._ref]
    + coalesce(body[_type == "exerciseEmbed"].exercise._ref, [])
    + coalesce(conditions[]._ref, [])
    + coalesce(related[]._ref, [])
}`)

export const EXERCISES_QUERY = defineQuery(`*[_type == "exercise" && defined(slug.current)] | order(name asc) {
  _id, name, "slug": slug.current, summary, bodyAreas, image{ ${picture} }
}`)

export const EXERCISE_QUERY = defineQuery(`*[_type == "exercise" && slug.current == $slug][0]{
  _id, _updatedAt, name, "slug": slug.current, summary, targets, bodyAreas, ${exerciseSteps}, dose, cautions,
  image{ ${picture} },
  "guides": *[_type == "guide" && defined(slug.current) && references(^._id)] | order(title asc) { title, "slug": slug.current }
}`)

const insoleSupport = /* groq */ `archSupport, firmness, heelCup, posting, cushioning, metatarsalPad, heelLift, profile`

export const INSOLES_QUERY = defineQuery(`*[_type == "insole" && defined(slug.current)] | order(name asc) {
  _id, name, "slug": slug.current, tagline, price, currency, ${insoleSupport}, activities, footwear,
  "image": images[0]{ ${picture} }
}`)

export const INSOLE_QUERY = defineQuery(`*[_type == "insole" && slug.current == $slug][0]{
  _id, _updatedAt, name, "slug": slug.current, tagline, description, price, currency, buyUrl,
  images[]{ _key, ${picture} }, ${insoleSupport}, activities, footwear, sizeRange, care
}`)

export const CONDITIONS_QUERY = defineQuery(`*[_type == "condition" && defined(slug.current)] | order(name asc) {
  _id, name, "slug": slug.current, bodyArea, description, finderArches, finderSymptoms,
  features[]{ feature, evidence, scope, note },
  avoid[]{ feature, reason },
  "guides": *[_type == "guide" && defined(slug.current) && references(^._id)] | order(title asc) { title, "slug": slug.current }
}`)

export const SITEMAP_QUERY = defineQuery(`{
  "guides": *[_type == "guide" && defined(slug.current)] | order(slug.current asc) { "slug": slug.current, _updatedAt },
  "insoles": *[_type == "insole" && defined(slug.current)] | order(slug.current asc) { "slug": slug.current, _updatedAt },
  "exercises": *[_type == "exercise" && defined(slug.current)] | order(slug.current asc) { "slug": slug.current, _updatedAt }
}`)

// Everything the insole finder ranks with: insoles, and conditions with their guides and exercises.
export const FINDER_CONTENT_QUERY = defineQuery(`{
  "insoles": *[_type == "insole" && defined(slug.current)] | order(slug.current asc) {
    name, "slug": slug.current, ${insoleSupport}, activities, footwear, price, currency, buyUrl,
    "image": images[0]{ ${picture} }
  },
  "conditions": *[_type == "condition" && defined(slug.current)] | order(slug.current asc) {
    name, "slug": slug.current, finderArches, finderSymptoms,
    features[]{ feature, evidence, scope, note },
    avoid[]{ feature, reason },
    "guides": *[_type == "guide" && defined(slug.current) && references(^._id)] | order(title asc) {
      "slug": slug.current, title,
      "exercises": body[_type == "exerciseEmbed"].exercise->{ "slug": slug.current, name }
    }
  }
}`)

// Every address a detail page answers: the proxy sends other slugs to the 404 page. A document
// without a title or name has no page (see views.ts), so it is left out here too.
export const PAGE_ADDRESSES_QUERY = defineQuery(`*[_type in ["guide", "insole", "exercise"] && defined(slug.current) && defined(coalesce(title, name))] {
  _type, "slug": slug.current
}`)

export const PAGE_ADDRESS_QUERY = defineQuery(`defined(*[_type == $type && slug.current == $slug && defined(coalesce(title, name))][0]._id)`)
