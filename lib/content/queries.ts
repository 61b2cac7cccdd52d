import { defineQuery } from 'next-sanity'

// Every GROQ query the site runs. Both sources run these same strings;
// `sanity typegen generate` reads this file and writes the result types.

const guideCard = /* groq */ `_id, title, "slug": slug.current, summary, bodyAreas, kind`

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
  heroImage{ alt, asset },
  body[]{
    ...,
    markDefs[]{ ... },
    _type == "exerciseEmbed" => {
      _key, _type,
      "exercise": exercise->{ name, "slug": slug.current, summary, steps, dose, cautions }
    }
  },
  "conditions": conditions[]->{ name, "slug": slug.current },
  "related": related[]->{ ${guideCard} },
  "author": author->{ name, role, credentials },
  "reviewer": reviewer->{ name, role, credentials },
  reviewedOn, nextReviewDue, reviewStatus,
  references[]{ _key, authors, title, publisher, year, url, doi, pmid }
}`)

export const EXERCISES_QUERY = defineQuery(`*[_type == "exercise" && defined(slug.current)] | order(name asc) {
  _id, name, "slug": slug.current, summary, bodyAreas
}`)

export const EXERCISE_QUERY = defineQuery(`*[_type == "exercise" && slug.current == $slug][0]{
  _id, _updatedAt, name, "slug": slug.current, summary, targets, bodyAreas, steps, dose, cautions,
  image{ alt, asset },
  "guides": *[_type == "guide" && defined(slug.current) && references(^._id)] | order(title asc) { title, "slug": slug.current }
}`)

const insoleSupport = /* groq */ `archSupport, firmness, heelCup, posting, cushioning, metatarsalPad, heelLift, profile`

export const INSOLES_QUERY = defineQuery(`*[_type == "insole" && defined(slug.current)] | order(name asc) {
  _id, name, "slug": slug.current, tagline, price, currency, ${insoleSupport}, activities, footwear
}`)

export const INSOLE_QUERY = defineQuery(`*[_type == "insole" && slug.current == $slug][0]{
  _id, _updatedAt, name, "slug": slug.current, tagline, description, price, currency, buyUrl,
  images[]{ _key, alt, asset }, ${insoleSupport}, activities, footwear, sizeRange
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
    name, "slug": slug.current, ${insoleSupport}, activities, footwear, price, currency, buyUrl
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
