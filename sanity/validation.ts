// Publishing rules for health content, as pure functions so they are tested without a Studio.
import { getPublishedId, type SlugValidationContext } from 'sanity'
import { isUnscoredSymptom, SYMPTOM_LABELS } from '../lib/domain'

// Treatment claims. We may claim comfort and support, not treatment (UK ASA/CAP, US FTC).
// A promise is a treatment verb with a pain or condition as its object, or one of a few set
// phrases. The object must follow within a few words, so "Stop if the pain is sharp" passes.
const CONDITION = [
  'pains?',
  'aches?',
  'aching',
  'soreness',
  'injur(?:y|ies)',
  'conditions?',
  'plantar fasci(?:itis|opathy)',
  'fasciitis',
  'tendin(?:itis|opathy|osis)',
  'tendonitis',
  '(?:osteo)?arthritis',
  'sciatica',
  'shin splints',
  'bunions?',
  'heel spurs?',
  'metatarsalgia',
  'neuromas?',
  'bursitis',
  'sprains?',
  'flat feet',
  'fallen arches',
  '(?:over|under|hyper)-?pronation',
  '(?:over-?)?supination',
  '(?:foot|feet|back|knee|heel|hip) problems',
].join('|')
// Spaces within a line: a claim never runs across lines, list items or blocks.
const SP = '[^\\S\\n]+'
// "Correct" the verb, not the adjective: "corrects overpronation", not "the correct insole for flat feet".
const CORRECT = `(?<!\\b(?:the|a|an|your|my|their|its|more|most)${SP})correct(?:s|ed|ing)?`
const TREAT_VERB = [
  'cur(?:e|es|ed|ing)',
  'heal(?:s|ed|ing)?',
  'fix(?:es|ed|ing)?',
  'treat(?:s|ed|ing)?',
  'eliminat(?:e|es|ed|ing)',
  'end(?:s|ed|ing)?(?!\\s+up\\b)',
  '(?:get|gets|got|getting|gotten) rid of',
  'stop(?:s|ped|ping)?',
  'prevent(?:s|ed|ing)?',
  'protect(?:s|ed|ing)?',
  'banish(?:es|ed|ing)?',
  'beat(?:s|ing)?',
  'revers(?:e|es|ed|ing)',
  '(?:say|says|said|saying|kiss|bid) goodbye to',
  'no more',
  'relie(?:ve|ves|ved|ving)',
  `relief${SP}(?:from|for|of)`,
  'alleviat(?:e|es|ed|ing)',
  // Not the noun ("with ease", "ease of use") nor "ease off" and "ease up", which are exercise advice.
  `(?<!\\b(?:with|at)${SP})eas(?:e|es|ed|ing)(?!${SP}(?:off|up|of)\\b)`,
  'reduc(?:e|es|ed|ing)',
  // Not "improved", which is mostly an adjective ("improved cushioning for heel pain").
  'improv(?:e|es|ing)',
  CORRECT,
  'realign(?:s|ed|ing)?',
].join('|')
// Words that start a new thought, so a condition after them is not the verb's object.
const BREAK = 'if|when|whenever|but|because|until|unless|while|so|then|before|after|once|since|though|although|that|which|who|whose|where|whether|caus\\w*|makes?|making'
const GAP = `(?:${SP}(?!(?:${BREAK})\\b)[\\w'’-]+){0,4}?`
const BODY_PART =
  'back|spine|pelvis|feet|foot|knees?|heels?|ankles?|hips?|arch(?:es)?|calf|calves|posture|alignment|gait'
const STANCE = 'posture|alignment|spine|gait'
const OWNER = `(?:(?:your|my|the)${SP})`

const TREAT_ADVICE =
  'We may claim comfort and support, not treatment: write what it does ("cushions the heel", "supports the arch") or what a study found ("in one trial, insoles eased heel pain for some people").'
const CLAIMS: { pattern: RegExp; promise: string; advice: string }[] = [
  { pattern: new RegExp(`\\b(?:${TREAT_VERB})\\b${GAP}${SP}(?:${CONDITION})\\b`, 'gi'), promise: 'to treat', advice: TREAT_ADVICE },
  {
    pattern: new RegExp(`\\b(?:fix|heal|repair)(?:s|es|ed|ing)?${SP}(?:your|my)${SP}(?:${BODY_PART})\\b`, 'gi'),
    promise: 'to treat',
    advice: TREAT_ADVICE,
  },
  {
    // "Corrects your posture", "realigns your spine", "improves posture".
    pattern: new RegExp(
      `\\b(?:(?:${CORRECT}|realign(?:s|ed|ing)?)${SP}${OWNER}?(?:${BODY_PART})|improv(?:e|es|ed|ing)${SP}${OWNER}?(?:${STANCE}))\\b`,
      'gi',
    ),
    promise: 'to correct the body',
    advice:
      'We may claim comfort and support, not correction: write what it does ("supports the arch", "steadies the heel") or what a study found.',
  },
  // "Cure" is a promise whatever its object ("cures it", "a cure-all").
  { pattern: /\bcure-alls?\b|\bcur(?:e|es|ed|ing)\b/gi, promise: 'to treat', advice: TREAT_ADVICE },
  {
    pattern: new RegExp(`\\bnever${SP}(?:[\\w'’-]+${SP}){0,3}?(?:${CONDITION})${SP}again\\b`, 'gi'),
    promise: 'to treat',
    advice: TREAT_ADVICE,
  },
  {
    pattern: /\bpain[- ]free\s+(?:for good|forever|for life|guaranteed)\b|\bpermanent(?:ly)?\s+(?:pain[- ]free|(?:pain\s+)?relief|fix)\b/gi,
    promise: 'of a lasting cure',
    advice: 'Write what it may help with instead, for example "may make walking more comfortable".',
  },
  {
    // "Walk pain-free"; but "a pain-free range" of movement is exercise advice.
    pattern: new RegExp(`\\bpain[- ]free\\b(?!${SP}(?:range|zone|limits?)\\b)`, 'gi'),
    promise: 'to take pain away',
    advice: 'Write what it may help with instead, for example "may make walking more comfortable".',
  },
  {
    // A money-back guarantee is about refunds, not health.
    pattern: /(?<!money[- ]back\s)(?<!satisfaction\s)\bguarantee(?:s|d)?\b/gi,
    promise: 'of a result',
    advice: 'Write what it may help with instead, for example "may make standing all day more comfortable".',
  },
  {
    pattern: /\b(?:clinically|medically|scientifically)\s+(?:proven|shown|tested and proven)\b|\bproven to\b/gi,
    promise: 'backed by proof',
    advice: 'Name the study and what it found instead, for example "in one trial, insoles eased heel pain for some people".',
  },
]

// A claim is not a promise when plainly negated earlier in its clause: "Insoles do not cure back
// pain", "There is no cure", "Nothing cures", "won't fix, heal or prevent".
const CLAUSE_BREAK = /[.!?;:\n()"“”—–]|\s-\s|\b(?:but|yet|although|though|whereas|however|instead)\b/i
const NEGATOR = /\b(?:not|no|never|nothing|none|nobody|neither|nor|cannot|unlikely|whether|fail(?:s|ed)? to|claim(?:s|ed)? to)\b|n't\b/i
const NOT_NEGATION = /\b(?:not only|not just|no matter|no wonder|or not|no more)\b/gi
const LISTED_VERBS = new RegExp(`(?:\\b(?:${TREAT_VERB})\\b[\\s,]*(?:\\b(?:or|and|nor)\\b\\s*)?)+$`, 'i')

// What a clinician does is not our promise: "A podiatrist can treat heel pain".
const CLINICIAN_SUBJECT = /\b(?:GPs?|doctors?|physio\w*|podiatrists?|clinicians?|pharmacists?|surgeons?|nurses?|specialists?)(?:,?[^\S\n]+who)?(?:[^\S\n]+[\w']+){0,2}[^\S\n]*$/i

// Nor is what a trial found, told in the past tense ("In one trial, insoles eased heel pain"), or
// a treatment named as the topic of the evidence ("Evidence on insoles for easing back pain was
// limited"). "Studies show our insoles relieve pain" is present tense, so still a promise; a cure stays one.
const STUDY =
  /(?<![\w-])(?:trials?|stud(?:y|ies)|systematic reviews?|reviews? of|research|evidence|Cochrane|meta-analys[ie]s)(?![\w-])/i
const PAST_TENSE = /^(?!cur)[a-z]+ed\b/i
const TOPIC_GERUND = /^[a-z]+ing\b/i
const TOPIC_BEFORE = /\b(?:for|on|about|of|into)\s*$/i
const isReported = (clause: string, phrase: string) =>
  STUDY.test(clause) && (PAST_TENSE.test(phrase) || (TOPIC_GERUND.test(phrase) && TOPIC_BEFORE.test(clause)))

// Clauses are short; looking back a bounded distance keeps long bodies linear.
const before = (text: string, index: number) => text.slice(Math.max(0, index - 300), index)

function isNegated(text: string, index: number, phrase: string): boolean {
  if (CLINICIAN_SUBJECT.test(before(text, index))) return true
  const clause = before(text, index).replace(/’/g, "'").split(CLAUSE_BREAK).pop() ?? ''
  if (isReported(clause, phrase)) return true
  // "will not cure, fix or prevent back pain": the negation reaches along a list of verbs.
  const segment = clause.replace(LISTED_VERBS, '').split(',').pop() ?? ''
  return NEGATOR.test(segment.replace(NOT_NEGATION, ' '))
}

// "Do insoles cure back pain?" asks; it does not promise. Headings often drop the question mark.
const QUESTION_START = /^\s*(?:can|could|do|does|did|is|are|will|would|should)\b/i
const isQuestion = (text: string, index: number) => {
  const end = text.slice(index, index + 300).search(/[.!?\n]/)
  const start = before(text, index).split(/[.!?\n]/).pop() ?? ''
  return (end >= 0 && text[index + end] === '?') || QUESTION_START.test(start)
}

export type TreatmentClaim = { phrase: string; message: string }

/** The first promise to treat in the text, or null when there is none. */
export function findTreatmentClaim(text: string): TreatmentClaim | null {
  const found = CLAIMS.flatMap(({ pattern, promise, advice }) =>
    [...text.matchAll(pattern)].map((match) => ({ index: match.index, phrase: match[0], promise, advice })),
  )
    .sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length)
    .find(({ index, phrase }) => !isNegated(text, index, phrase) && !isQuestion(text, index))
  return found
    ? { phrase: found.phrase, message: `"${found.phrase}" sounds like a promise ${found.promise}. ${found.advice}` }
    : null
}

type Block = {
  _type?: string
  children?: { text?: string }[]
  text?: string
  title?: string
  caption?: string
  items?: string[]
  action?: string
}

/** All readable text of a Portable Text body or a list of strings, one piece a line. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (!Array.isArray(value)) return ''
  return (value as (Block | string)[])
    .map((block) =>
      typeof block === 'string'
        ? block
        : [block.children?.map((child) => child.text ?? '').join(''), block.title, block.text, block.caption, block.action, ...(block.items ?? [])]
            .filter(Boolean)
            .join('\n'),
    )
    .join('\n')
}

/** A warning message when text promises to treat; true when it does not. */
export function treatmentClaimWarning(value: unknown): true | string {
  return findTreatmentClaim(plainText(value))?.message ?? true
}

type Reference = { title?: string; url?: string; doi?: string; pmid?: string }
type ReviewFields = {
  reviewStatus?: string
  reviewer?: { _ref?: string }
  reviewedOn?: string
  nextReviewDue?: string
  references?: Reference[]
}

/** What a guide still lacks before it may be marked "reviewed"; empty when it may. */
export function reviewProblems(doc: ReviewFields | undefined): string[] {
  if (!doc || doc.reviewStatus !== 'reviewed') return []
  const problems: string[] = []
  if (!doc.reviewer?._ref) problems.push('a reviewer')
  if (!doc.reviewedOn) problems.push('a reviewed-on date')
  if (!doc.nextReviewDue) problems.push('a next-review-due date')
  else if (doc.reviewedOn && doc.nextReviewDue <= doc.reviewedOn) problems.push('a next-review-due date after the reviewed-on date')
  if (!(doc.references ?? []).some((ref) => ref.url || ref.doi || ref.pmid)) {
    problems.push('at least one reference with a URL, DOI or PMID')
  }
  return problems
}

const listInWords = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items.join('')

export function reviewStatusRule(_status: unknown, context: { document?: unknown }): true | string {
  const problems = reviewProblems(context.document as ReviewFields | undefined)
  return problems.length ? `Before marking this guide reviewed, add ${listInWords(problems)}.` : true
}

export function nextReviewAfterReviewed(value: unknown, context: { document?: unknown }): true | string {
  const reviewedOn = (context.document as ReviewFields | undefined)?.reviewedOn
  if (typeof value === 'string' && reviewedOn && value <= reviewedOn) return 'Must be after the reviewed-on date.'
  return true
}

/**
 * A condition for a complaint the finder never scores (low back pain) rates no insole feature:
 * the shopper reads the complaint's note, not an evidence label.
 */
export function unscoredFeaturesRule(features: unknown, context: { document?: unknown }): true | string {
  if (!Array.isArray(features) || features.length === 0) return true
  const symptoms = (context.document as { finderSymptoms?: unknown } | undefined)?.finderSymptoms
  const unscored = Array.isArray(symptoms) ? symptoms.find(isUnscoredSymptom) : undefined
  if (!unscored) return true
  return `The finder never scores ${SYMPTOM_LABELS[unscored].words}: UK guidance (NICE NG59) says not to offer foot orthotics for it, so shoppers see a note instead of evidence. Remove these features, or put the evidence in the guide.`
}

/** Slugs are unique per document type, ignoring the document's own draft, published and release copies. */
export async function isUniqueSlugForType(slug: string, context: SlugValidationContext): Promise<boolean> {
  const { document, getClient } = context
  if (!document) return true
  // Raw perspective, so drafts and release versions of other documents count too.
  const count = await getClient({ apiVersion: '2025-09-01' })
    .withConfig({ perspective: 'raw' })
    .fetch<number>('count(*[_type == $type && slug.current == $slug && !sanity::versionOf($published)])', {
      type: document._type,
      slug,
      published: getPublishedId(document._id),
    })
  return count === 0
}
