import { condition } from './condition'
import { exercise } from './exercise'
import { citation, guide } from './guide'
import { insole } from './insole'
import { person } from './person'
import { callout, careCard, exerciseEmbed, richText } from './portableText'
import { siteSettings } from './siteSettings'

export const schemaTypes = [
  guide,
  condition,
  insole,
  exercise,
  person,
  siteSettings,
  citation,
  richText,
  careCard,
  callout,
  exerciseEmbed,
]
