// Each publishing rule run through the real schema and Sanity's own validator, as the Studio runs it:
// one document that passes and one that fails per rule, with the message and level an editor sees.
import { evaluate, parse } from 'groq-js'
import { createSchema, pathToString, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '../../../sanity/schemaTypes'

const schema = createSchema({ name: 'groundwork-test', types: schemaTypes })

type Doc = Record<string, unknown> & { _id: string; _type: string }
type Marker = { path: string; level: string; message: string }

/** A stand-in for the Content Lake that answers GROQ from `dataset`, honouring the perspective. */
function lake(dataset: Doc[], perspective = 'published') {
  const visible = perspective === 'raw' ? dataset : dataset.filter((doc) => !doc._id.includes('.'))
  return {
    perspective,
    withConfig: (config: { perspective?: string }) => lake(dataset, config.perspective ?? perspective),
    fetch: async (query: string, params: Record<string, unknown>) =>
      (await evaluate(parse(query), { dataset: visible, params })).get(),
  }
}

async function markers(document: Doc, dataset: Doc[] = []): Promise<Marker[]> {
  const workspace = { schema, getClient: () => lake(dataset) } as unknown as Workspace
  const result = await validateDocument({
    document: { _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'r1', ...document } as SanityDocument,
    workspace,
    getDocumentExists: async () => true,
    environment: 'studio',
  })
  return result
    .map(({ path, level, message }) => ({ path: pathToString(path), level, message }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message))
}

const asset = (id: string) => ({ _type: 'reference', _ref: `image-${id}-800x600-jpg` })
const image = (alt?: string) => ({ _type: 'image', asset: asset('a1b2'), ...(alt === undefined ? {} : { alt }) })
const step = (key: string, text: string) => ({ _key: key, _type: 'exerciseStep', text, image: image('A person standing facing a wall, one foot back') })
const block = (text: string, key = 'b1') => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})

const guide: Doc = {
  _id: 'drafts.guide-a',
  _type: 'guide',
  title: 'Heel pain and insoles',
  slug: { _type: 'slug', current: 'heel-pain' },
  summary: 'Why the heel hurts, what helps, and what insoles can and cannot do.',
  bodyAreas: ['heel'],
  kind: 'condition',
  heroImage: image('A runner stretching a calf against a wall'),
  body: [block('Insoles do not cure heel pain, but cushioning may make standing more comfortable.'), { ...image('A heel cup insole'), _key: 'img1' }],
  keyPoints: ['Most heel pain gets better within a year.'],
  reviewStatus: 'reviewed',
  reviewer: { _type: 'reference', _ref: 'person-b' },
  reviewedOn: '2026-01-10',
  nextReviewDue: '2027-01-10',
  references: [{ _key: 'r1', _type: 'citation', authors: 'NICE', title: 'Plantar fasciitis', url: 'https://cks.nice.org.uk/topics/plantar-fasciitis/' }],
}

const insole: Doc = {
  _id: 'drafts.insole-a',
  _type: 'insole',
  name: 'Everyday Support',
  slug: { _type: 'slug', current: 'everyday-support' },
  tagline: 'Firm arch support for long days on your feet.',
  images: [{ ...image('The insole from above'), _key: 'i1' }],
  archSupport: 'medium',
  firmness: 'semi-rigid',
  heelCup: 'deep',
  posting: 'none',
  cushioning: 'medium',
  metatarsalPad: false,
  heelLift: false,
  profile: 'standard',
  footwear: ['casual', 'athletic'],
}

const exercise: Doc = {
  _id: 'drafts.exercise-a',
  _type: 'exercise',
  name: 'Wall calf stretch',
  slug: { _type: 'slug', current: 'wall-calf-stretch' },
  summary: 'Stretches the calf.',
  bodyAreas: ['calf'],
  steps: [step('s1', 'Face a wall and step one foot back.')],
  image: image('A person leaning on a wall with one leg stretched back'),
}

const condition: Doc = {
  _id: 'drafts.condition-a',
  _type: 'condition',
  name: 'Plantar heel pain',
  slug: { _type: 'slug', current: 'plantar-heel-pain' },
  bodyArea: 'heel',
}

const person: Doc = { _id: 'drafts.person-a', _type: 'person', name: 'Jo Harper', slug: { _type: 'slug', current: 'jo-harper' } }

const without = (doc: Doc, field: string): Doc => Object.fromEntries(Object.entries(doc).filter(([key]) => key !== field)) as Doc
const error = (path: string, message: string): Marker => ({ path, level: 'error', message })
const warning = (path: string, message: string): Marker => ({ path, level: 'warning', message })

describe('the fixtures are valid, so each refusal below is caused by its one change', () => {
  it.each([guide, insole, exercise, condition, person].map((doc) => [doc._type, doc] as const))('a complete %s passes', async (_type, doc) => {
    expect(await markers(doc)).toEqual([])
  })
})

describe('slug: required, and unique among documents of the same type', () => {
  const documents = { guide, insole, exercise, condition, person }

  it.each(Object.keys(documents))('%s: refuses a missing slug', async (type) => {
    expect(await markers(without(documents[type as keyof typeof documents], 'slug'))).toEqual([
      error('slug', 'Required'),
      error('slug.current', 'Required'),
    ])
  })

  it.each(Object.keys(documents))('%s: refuses a slug another %s already uses', async (type) => {
    const doc = documents[type as keyof typeof documents]
    const slug = (doc.slug as { current: string }).current
    const other = { _id: `${type}-other`, _type: type, slug: { current: slug } }
    expect(await markers(doc, [other])).toEqual([error('slug', 'Slug is already in use')])
  })

  it("accepts a slug shared only with the document's own published copy, its release version and another type", async () => {
    const dataset = [
      { _id: 'guide-a', _type: 'guide', slug: { current: 'heel-pain' } },
      { _id: 'versions.rSpring.guide-a', _type: 'guide', slug: { current: 'heel-pain' } },
      { _id: 'condition-heel-pain', _type: 'condition', slug: { current: 'heel-pain' } },
    ]
    expect(await markers(guide, dataset)).toEqual([])
  })

  it("refuses a slug used by another guide's unpublished draft (the check reads drafts, not only published documents)", async () => {
    const dataset = [{ _id: 'drafts.guide-c', _type: 'guide', slug: { current: 'heel-pain' } }]
    expect(await markers(guide, dataset)).toEqual([error('slug', 'Slug is already in use')])
  })
})

describe('guide summary: required, at most 160 characters', () => {
  it('accepts 160 characters', async () => {
    expect(await markers({ ...guide, summary: 'a'.repeat(160) })).toEqual([])
  })

  it('refuses 161 characters', async () => {
    expect(await markers({ ...guide, summary: 'a'.repeat(161) })).toEqual([error('summary', 'Must be at most 160 characters long')])
  })

  it('refuses a missing summary', async () => {
    expect(await markers(without(guide, 'summary'))).toEqual([error('summary', 'Required')])
  })
})

const ALT_REQUIRED = 'Alternative text is required: people using screen readers rely on it.'

describe('every image has alternative text', () => {
  it.each([
    ['guide hero image', { ...guide, heroImage: image() }, 'heroImage.alt'],
    ['guide body image', { ...guide, body: [block('Text.'), { ...image(), _key: 'img1' }] }, 'body[_key=="img1"].alt'],
    ['insole image', { ...insole, images: [{ ...image(), _key: 'i1' }] }, 'images[_key=="i1"].alt'],
    ['exercise image', { ...exercise, image: image() }, 'image.alt'],
    ['exercise step picture', { ...exercise, steps: [{ ...step('s1', 'Face a wall.'), image: image() }] }, 'steps[_key=="s1"].image.alt'],
  ])('refuses a %s without alt text', async (_name, doc, path) => {
    expect(await markers(doc as Doc)).toEqual([error(path, ALT_REQUIRED)])
  })

  it('refuses empty alt text', async () => {
    expect(await markers({ ...guide, heroImage: image('') })).toEqual([error('heroImage.alt', ALT_REQUIRED)])
  })

  it('asks for a picture of each step, and at least one of each insole', async () => {
    expect(await markers({ ...exercise, steps: [{ ...step('s1', 'Face a wall.'), image: undefined }] })).toEqual([
      warning('steps[_key=="s1"].image', 'Add a picture: pages look bare without one.'),
    ])
    expect(await markers({ ...insole, images: [] })).toEqual([error('images', 'Add at least one picture of the insole.')])
  })
})

describe('insole support attributes the finder needs are all required', () => {
  it.each(['archSupport', 'firmness', 'heelCup', 'posting', 'cushioning', 'metatarsalPad', 'heelLift', 'profile'])(
    'refuses an insole without %s',
    async (field) => {
      expect(await markers(without(insole, field))).toEqual([error(field, 'Required')])
    },
  )

  it('accepts "no" for the yes/no attributes', async () => {
    expect(await markers({ ...insole, metatarsalPad: false, heelLift: false })).toEqual([])
  })

  it('refuses a value outside the finder vocabulary', async () => {
    expect(await markers({ ...insole, archSupport: 'extra-high' })).toEqual([
      error('archSupport', 'Value "extra-high" did not match any allowed values'),
    ])
  })

  it('needs the shoes it fits, because the finder offers it only for those', async () => {
    expect(await markers(without(insole, 'footwear'))).toEqual([error('footwear', 'Required')])
  })

  it('refuses dress shoes for an insole that is not slim', async () => {
    expect(await markers({ ...insole, footwear: ['dress'] })).toEqual([
      error('footwear', 'Only a slim insole fits dress shoes: set the profile to slim, or untick dress shoes.'),
    ])
    expect(await markers({ ...insole, footwear: ['dress'], profile: 'slim' })).toEqual([])
  })

  it('takes only an https buy link', async () => {
    expect(await markers({ ...insole, buyUrl: 'https://shop.groundwork.test/everyday' })).toEqual([])
    expect((await markers({ ...insole, buyUrl: 'http://shop.groundwork.test/everyday' })).map((m) => m.path)).toEqual(['buyUrl'])
  })
})

describe('a complaint the finder never scores', () => {
  const rated = { _key: 'f1', _type: 'featureEvidence', feature: 'arch-support', evidence: 'no-benefit', note: 'A Cochrane review found no clear effect (Sahar 2007).' }
  const lowBack = { ...condition, name: 'Low back pain', slug: { _type: 'slug', current: 'low-back-pain' }, bodyArea: 'lower-back', finderSymptoms: ['low-back-pain'] }

  it('refuses rated features on a low back pain condition: the shopper reads its note instead', async () => {
    expect(await markers({ ...lowBack, features: [rated] })).toEqual([
      error(
        'features',
        'The finder never scores low back pain: UK guidance (NICE NG59) says not to offer foot orthotics for it, so shoppers see a note instead of evidence. Remove these features, or put the evidence in the guide.',
      ),
    ])
  })

  it('accepts the condition with no features, and features on a complaint that is scored', async () => {
    expect(await markers(lowBack)).toEqual([])
    expect(await markers({ ...lowBack, features: [] })).toEqual([])
    expect(await markers({ ...condition, finderSymptoms: ['heel-pain'], features: [{ ...rated, evidence: 'weak' }] })).toEqual([])
  })
})

describe('insole care', () => {
  it('is optional, and warns on a health claim like the other product text', async () => {
    expect(await markers({ ...insole, care: 'Hand wash in lukewarm water and dry flat, away from radiators.' })).toEqual([])
    expect((await markers({ ...insole, care: 'Wash weekly. It relieves heel pain.' })).map((m) => [m.path, m.level])).toEqual([['care', 'warning']])
  })
})

describe('references and in-text citations', () => {
  it('a reference needs its authors', async () => {
    const noAuthors = { ...guide, references: [{ _key: 'r1', _type: 'citation', title: 'Plantar fasciitis', url: 'https://cks.nice.org.uk/topics/plantar-fasciitis/' }] }
    expect(await markers(noAuthors)).toEqual([error('references[_key=="r1"].authors', 'Required')])
  })

  it('a citation must point at a reference the guide lists', async () => {
    const citing = (ref: number) => ({
      ...guide,
      body: [
        {
          _type: 'block',
          _key: 'b9',
          style: 'normal',
          markDefs: [{ _type: 'cite', _key: 'c1', ref }],
          children: [{ _type: 'span', _key: 's1', text: 'NICE 2024', marks: ['c1'] }],
        },
      ],
    })
    expect(await markers(citing(1))).toEqual([])
    expect(await markers(citing(2))).toEqual([
      error('body[_key=="b9"].markDefs[_key=="c1"].ref', 'There are only 1 references: add the reference first.'),
    ])
  })
})

describe('a guide marked "Clinically reviewed" must show who reviewed it, when, and against what', () => {
  const refused = (missing: string) => error('reviewStatus', `Before marking this guide reviewed, add ${missing}.`)

  it.each([
    ['no reviewer', without(guide, 'reviewer'), [refused('a reviewer')]],
    ['no reviewed-on date', without(guide, 'reviewedOn'), [refused('a reviewed-on date')]],
    ['no next-review-due date', without(guide, 'nextReviewDue'), [refused('a next-review-due date')]],
    [
      'a next review due on the reviewed-on date',
      { ...guide, nextReviewDue: guide.reviewedOn },
      [error('nextReviewDue', 'Must be after the reviewed-on date.'), refused('a next-review-due date after the reviewed-on date')],
    ],
    [
      'a next review due before the reviewed-on date',
      { ...guide, nextReviewDue: '2025-06-01' },
      [error('nextReviewDue', 'Must be after the reviewed-on date.'), refused('a next-review-due date after the reviewed-on date')],
    ],
    ['no references', without(guide, 'references'), [refused('at least one reference with a URL, DOI or PMID')]],
    [
      'a reference with only a title',
      { ...guide, references: [{ _key: 'r1', _type: 'citation', authors: 'Smith J', title: 'A textbook' }] },
      [refused('at least one reference with a URL, DOI or PMID')],
    ],
    [
      'nothing on record',
      { ...without(without(without(guide, 'reviewer'), 'reviewedOn'), 'nextReviewDue'), references: [] },
      [refused('a reviewer, a reviewed-on date, a next-review-due date and at least one reference with a URL, DOI or PMID')],
    ],
  ])('refuses %s', async (_name, doc, expected) => {
    expect(await markers(doc as Doc)).toEqual(expected)
  })

  it.each([
    ['a DOI', { doi: '10.1136/bjsports-2017-098418' }],
    ['a PMID', { pmid: '29018060' }],
  ])('accepts a reference with %s instead of a URL', async (_name, link) => {
    expect(await markers({ ...guide, references: [{ _key: 'r1', _type: 'citation', authors: 'Rabusin CL, et al.', title: 'A trial', ...link }] })).toEqual([])
  })

  it('asks nothing of a guide awaiting review', async () => {
    const draft = { ...without(without(without(guide, 'reviewer'), 'reviewedOn'), 'nextReviewDue'), reviewStatus: 'awaiting-review', references: [] }
    expect(await markers(draft)).toEqual([])
  })
})

describe('treatment claims warn but do not stop a publish', () => {
  const message = (phrase: string) => expect.stringMatching(new RegExp(`^"${phrase}" sounds like a promise to treat\\. `))

  it.each([
    ['guide title', { ...guide, title: 'Fixes heel pain fast' }, 'title', 'Fixes heel pain'],
    ['guide summary', { ...guide, summary: 'Our advice treats back pain.' }, 'summary', 'treats back pain'],
    ['guide body', { ...guide, body: [block('These stretches heal plantar fasciitis.')] }, 'body', 'heal plantar fasciitis'],
    ['guide key point', { ...guide, keyPoints: ['Say goodbye to back pain.'] }, 'keyPoints', 'Say goodbye to back pain'],
    ['insole tagline', { ...insole, tagline: 'Gets rid of knee pain.' }, 'tagline', 'Gets rid of knee pain'],
    ['insole description', { ...insole, description: 'Prevents injuries on long runs.' }, 'description', 'Prevents injuries'],
  ])('%s', async (_name, doc, path, phrase) => {
    expect(await markers(doc as Doc)).toEqual([{ path, level: 'warning', message: message(phrase) }])
  })

  const feature = (note: string) => ({ _key: 'f1', _type: 'featureEvidence', feature: 'deep-heel-cup', evidence: 'limited', note })

  it.each([
    ['condition name', { ...condition, name: 'Flat feet (insoles correct flat feet)' }, 'name', 'correct flat feet'],
    ['condition description', { ...condition, description: 'Our insoles relieve heel pain.' }, 'description', 'relieve heel pain'],
    ['condition feature note', { ...condition, features: [feature('A deep heel cup eases plantar fasciitis.')] }, 'features[_key=="f1"].note', 'eases plantar fasciitis'],
    ['insole name', { ...insole, name: 'Pain Relief Pro: relief from back pain' }, 'name', 'relief from back pain'],
    ['insole tagline', { ...insole, tagline: 'Corrects overpronation.' }, 'tagline', 'Corrects overpronation'],
    ['insole description', { ...insole, description: 'Reduces back pain on long shifts.' }, 'description', 'Reduces back pain'],
    ['insole size range', { ...insole, sizeRange: 'UK 3 to 13, protects against injuries' }, 'sizeRange', 'protects against injuries'],
    ['exercise name', { ...exercise, name: 'Heel drops that heal tendinitis' }, 'name', 'heal tendinitis'],
    ['exercise summary', { ...exercise, summary: 'Eases your knee pain.' }, 'summary', 'Eases your knee pain'],
    ['exercise step', { ...exercise, steps: [step('s1', 'Face a wall and step one foot back.'), step('s2', 'Hold it: this relieves heel pain.')] }, 'steps[_key=="s2"].text', 'relieves heel pain'],
    ['exercise caution', { ...exercise, cautions: ['Done daily, it prevents shin splints.'] }, 'cautions', 'prevents shin splints'],
  ])('%s', async (_name, doc, path, phrase) => {
    expect(await markers(doc as Doc)).toEqual([{ path, level: 'warning', message: message(phrase) }])
  })

  it('warns on a promise to correct the body in an exercise, and on "pain-free" in a condition', async () => {
    expect(await markers({ ...exercise, targets: ['Realigns your spine'] })).toEqual([
      warning('targets', expect.stringMatching(/^"Realigns your spine" sounds like a promise to correct the body\. /)),
    ])
    expect(await markers({ ...condition, description: 'Walk pain-free again.' })).toEqual([
      warning('description', expect.stringMatching(/^"pain-free" sounds like a promise to take pain away\. /)),
    ])
  })

  it('says nothing of honest condition, insole and exercise text', async () => {
    expect(await markers({ ...condition, description: 'Insoles are unlikely to relieve heel pain on their own.' })).toEqual([])
    expect(await markers({ ...insole, name: 'Forefoot Relief', description: 'There is no good evidence that insoles reduce pain.' })).toEqual([])
    expect(await markers({ ...exercise, cautions: ['Ease off if it hurts.'], steps: [step('s1', 'A physiotherapist can help ease the pain.')] })).toEqual([])
  })

  it('says nothing of an honest negation', async () => {
    expect(await markers({ ...guide, keyPoints: ['Insoles do not cure back pain.'] })).toEqual([])
  })

  it('warns on a guarantee with its own advice', async () => {
    expect(await markers({ ...insole, tagline: 'Guaranteed relief' })).toEqual([
      warning('tagline', '"Guaranteed" sounds like a promise of a result. Write what it may help with instead, for example "may make standing all day more comfortable".'),
    ])
  })
})
