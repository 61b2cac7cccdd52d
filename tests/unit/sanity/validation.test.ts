import { describe, expect, it } from 'vitest'
import {
  findTreatmentClaim,
  nextReviewAfterReviewed,
  plainText,
  reviewProblems,
  reviewStatusRule,
  treatmentClaimWarning,
} from '../../../sanity/validation'
import { seedDocuments } from '../../support/seed'

const reviewed = {
  reviewStatus: 'reviewed',
  reviewer: { _ref: 'person-a' },
  reviewedOn: '2026-10-01',
  nextReviewDue: '2027-10-01',
  references: [{ title: 'NICE NG59', url: 'https://www.nice.org.uk/guidance/ng59' }],
}

describe('a guide may be marked reviewed only when the review is on record', () => {
  it('accepts a complete review', () => {
    expect(reviewProblems(reviewed)).toEqual([])
    expect(reviewStatusRule('reviewed', { document: reviewed })).toBe(true)
  })

  it('asks nothing of a guide awaiting review', () => {
    expect(reviewStatusRule('awaiting-review', { document: { reviewStatus: 'awaiting-review' } })).toBe(true)
  })

  it.each([
    [{ reviewer: undefined }, 'a reviewer'],
    [{ reviewedOn: undefined }, 'a reviewed-on date'],
    [{ nextReviewDue: undefined }, 'a next-review-due date'],
    [{ nextReviewDue: '2026-10-01' }, 'a next-review-due date after the reviewed-on date'],
    [{ nextReviewDue: '2025-01-01' }, 'a next-review-due date after the reviewed-on date'],
    [{ references: [] }, 'at least one reference with a URL, DOI or PMID'],
    [{ references: [{ title: 'A book with no link' }] }, 'at least one reference with a URL, DOI or PMID'],
  ])('refuses %o', (change, problem) => {
    const doc = { ...reviewed, ...change }
    expect(reviewProblems(doc)).toEqual([problem])
    expect(reviewStatusRule('reviewed', { document: doc })).toBe(`Before marking this guide reviewed, add ${problem}.`)
  })

  it('lists several missing pieces in one sentence', () => {
    expect(reviewStatusRule('reviewed', { document: { reviewStatus: 'reviewed', reviewedOn: '2026-01-01', nextReviewDue: '2027-01-01' } })).toBe(
      'Before marking this guide reviewed, add a reviewer and at least one reference with a URL, DOI or PMID.',
    )
  })

  it('accepts a DOI or a PMID instead of a URL', () => {
    expect(reviewProblems({ ...reviewed, references: [{ doi: '10.1002/14651858.CD005275.pub2' }] })).toEqual([])
    expect(reviewProblems({ ...reviewed, references: [{ pmid: '16621569' }] })).toEqual([])
  })
})

describe('next review due', () => {
  it('must come after the reviewed-on date', () => {
    expect(nextReviewAfterReviewed('2027-01-01', { document: { reviewedOn: '2026-01-01' } })).toBe(true)
    expect(nextReviewAfterReviewed('2026-01-01', { document: { reviewedOn: '2026-01-01' } })).toBe('Must be after the reviewed-on date.')
    expect(nextReviewAfterReviewed('2027-01-01', { document: {} })).toBe(true)
  })
})

describe('treatment claims are flagged (a warning, not an error)', () => {
  // [text, the phrase the warning quotes]
  const PROMISES: [string, string][] = [
    ['Fixes heel pain fast.', 'Fixes heel pain'],
    ['Heals plantar fasciitis.', 'Heals plantar fasciitis'],
    ['Treats back pain.', 'Treats back pain'],
    ['Ends heel pain.', 'Ends heel pain'],
    ['Gets rid of knee pain.', 'Gets rid of knee pain'],
    ['Say goodbye to back pain', 'Say goodbye to back pain'],
    ['prevents injuries', 'prevents injuries'],
    ['These insoles cure plantar fasciitis.', 'cure plantar fasciitis'],
    ['Cured my sciatica in a week!', 'Cured my sciatica'],
    ['The cure for heel pain.', 'cure for heel pain'],
    ['A cure-all for tired feet.', 'cure-all'],
    ['Healing your plantar fasciitis starts here.', 'Healing your plantar fasciitis'],
    ['Fixes your back in a week', 'Fixes your back'],
    ['Fixed my knee pain.', 'Fixed my knee pain'],
    ['Treating shin splints at home.', 'Treating shin splints'],
    ['Eliminates heel pain for good', 'Eliminates heel pain'],
    ['Eliminated my back ache.', 'Eliminated my back ache'],
    ['The insole that ends arch pain.', 'ends arch pain'],
    ['Getting rid of heel spurs.', 'Getting rid of heel spurs'],
    ['Stops heel pain in its tracks.', 'Stops heel pain'],
    ['Stopped my back pain.', 'Stopped my back pain'],
    ['Helps prevent ankle sprains.', 'prevent ankle sprains'],
    ['Preventing shin splints is simple with our insoles.', 'Preventing shin splints'],
    ['Prevents and treats plantar fasciitis.', 'Prevents and treats plantar fasciitis'],
    ['No more heel pain!', 'No more heel pain'],
    ['Banish back pain.', 'Banish back pain'],
    ['Beat knee pain today.', 'Beat knee pain'],
    ['Reverses flat feet.', 'Reverses flat feet'],
    ["You'll never feel heel pain again.", 'never feel heel pain again'],
    ['Corrects your posture.', 'Corrects your posture'],
    ['Guaranteed relief', 'Guaranteed'],
    ['Clinically proven comfort', 'Clinically proven'],
    ['Proven to work.', 'Proven to'],
    ['Pain-free for good.', 'Pain-free for good'],
    ['Permanent pain relief.', 'Permanent pain relief'],
    // A negation elsewhere in the sentence does not excuse the promise.
    ['Not only comfortable, it cures heel pain.', 'cures heel pain'],
    ["Unlike other insoles that don't work, ours cure heel pain.", 'cure heel pain'],
    ['It does not just cushion: it fixes heel pain.', 'fixes heel pain'],
    ['Doctors say our insoles cure heel pain.', 'cure heel pain'],
  ]

  it.each(PROMISES)('warns on %j, quoting %j', (text, phrase) => {
    expect(findTreatmentClaim(text)?.phrase).toBe(phrase)
    expect(treatmentClaimWarning(text)).toMatch(new RegExp(`^"${phrase}" sounds like a promise`))
  })

  const HONEST = [
    // Sentences from the published seed (guides, conditions, exercises, site settings).
    'Our insoles may add comfort and support, but they do not treat any condition, so see a clinician if you have any warning signs.',
    'A Cochrane review found insoles do not prevent back pain, and NICE NG59 says do not offer foot orthotics for it (Sahar, Cochrane; NICE 2016).',
    'That is a comfort tip, not a tested treatment.',
    'A Cochrane review found that insoles do not prevent back pain.',
    'The idea that tight calves and flat feet lead to back pain is a theory, not a proven fact.',
    'On this page we treat it as an idea to test, not a fact.',
    'Tight calves stop your ankle bending as far as it should.',
    'Stop and get advice if your calf is swollen, warm or red.',
    'Stop if the pain is sharp.',
    'Stop if you feel sharp pain at the front of the ankle.',
    'Stop if the exercise causes sharp pain.',
    'Stop if your foot cramps or hurts, and rest before trying again.',
    'knee pain stops you doing your usual daily activities',
    'See a GP if your back pain is no better after a few weeks, or it stops you doing your usual activities.',
    'Under it are the ends of five long bones, called metatarsals.',
    'In the knee, the smooth surface at the ends of the bones gets thinner.',
    'In one trial, custom-made insoles eased pain from high arches more than sham insoles after 3 months.',
    'expect a little discomfort during exercise, but ease off if the pain is sharp',
    // Plain negations, in every common form.
    'Insoles do not cure back pain.',
    'Insoles don’t cure back pain.',
    "Insoles don't fix flat feet.",
    'Insoles cannot cure plantar fasciitis.',
    "Insoles can't cure arthritis.",
    "An insole won't fix your back.",
    'No insole can cure plantar fasciitis.',
    'Insoles are not a cure for heel pain.',
    'There is no cure for osteoarthritis, but exercise helps.',
    'Nothing cures heel pain overnight.',
    'Insoles will not cure, fix or prevent back pain.',
    'Insoles alone do not reliably prevent injuries.',
    'Insoles are unlikely to cure back pain.',
    'In trials, insoles failed to prevent back pain.',
    'Neither insoles nor stretches cure arthritis.',
    'It is unclear whether insoles prevent shin splints.',
    'Insoles that claim to cure heel pain are not backed by evidence.',
    'There is no guarantee an insole will help.',
    'Insoles are not clinically proven to prevent back pain.',
    // Questions, what clinicians do, and ordinary words that share a root.
    'Do insoles cure back pain?',
    'Can insoles fix flat feet',
    'A podiatrist can treat heel pain.',
    'See a podiatrist, who can treat plantar fasciitis.',
    'May add comfort and support.',
    'A secure fit',
    'Curved heel cup',
    'Treat your feet to softer cushioning.',
    'Backed by a 30-day money-back guarantee.',
    'Heel pain often ends on its own within a year.',
    'Sitting all day can end up causing back pain.',
    'At the end of the day, heel pain often eases.',
    'Rest lets the tendon heal.',
    'Stop any exercise that causes pain.',
  ]

  it.each(HONEST)('lets %j pass', (text) => {
    expect(findTreatmentClaim(text)).toBeNull()
    expect(treatmentClaimWarning(text)).toBe(true)
  })

  it('says what to write instead', () => {
    expect(treatmentClaimWarning('Fixes heel pain fast.')).toBe(
      '"Fixes heel pain" sounds like a promise to treat. We may claim comfort and support, not treatment: write what it does ("cushions the heel", "supports the arch") or what a study found ("in one trial, insoles eased heel pain for some people").',
    )
    expect(treatmentClaimWarning('Clinically proven comfort')).toBe(
      '"Clinically proven" sounds like a promise backed by proof. Name the study and what it found instead, for example "in one trial, insoles eased heel pain for some people".',
    )
    expect(treatmentClaimWarning('Pain-free for good.')).toBe(
      '"Pain-free for good" sounds like a promise of a lasting cure. Write what it may help with instead, for example "may make walking more comfortable".',
    )
  })

  it('quotes the first promise when there are several', () => {
    expect(findTreatmentClaim('Insoles do not cure back pain. These ones end heel pain and prevent injuries.')?.phrase).toBe('end heel pain')
  })

  it('reads Portable Text, care cards, callouts and lists of key points', () => {
    const body = [
      { _type: 'block', children: [{ text: 'A calm paragraph.' }] },
      { _type: 'callout', title: 'Note', text: 'This will cure you.' },
    ]
    expect(plainText(body)).toBe('A calm paragraph.\nNote\nThis will cure you.')
    expect(treatmentClaimWarning(body)).not.toBe(true)
    expect(treatmentClaimWarning(['Comfortable all day.', 'Ends heel pain.'])).not.toBe(true)
  })

  it('does not join separate care-card items into one sentence', () => {
    // "...stop running" + "heel pain that..." would read as "stop running heel pain" if joined with spaces.
    const card = [{ _type: 'careCard', title: 'See a GP', items: ['you need to stop running', 'heel pain that lasts'] }]
    expect(treatmentClaimWarning(card)).toBe(true)
  })

  it('no published seed text makes a treatment claim', () => {
    const text = (value: unknown, path: string): [string, string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : Array.isArray(value)
          ? value.flatMap((item, i) => text(item, `${path}[${i}]`))
          : value && typeof value === 'object'
            ? Object.entries(value).flatMap(([key, item]) =>
                // Reference titles quote papers; keys, ids and URLs are not prose.
                key.startsWith('_') || ['references', 'slug', 'url', 'href', 'buyUrl'].includes(key) ? [] : text(item, `${path}.${key}`),
              )
            : []
    const published = seedDocuments().filter((doc) => !doc._id.startsWith('drafts.'))
    expect(published.length).toBeGreaterThan(10)
    const claims = published.flatMap((doc) => text(doc, doc._id)).filter(([, value]) => findTreatmentClaim(value))
    expect(claims).toEqual([])
    for (const doc of published) {
      for (const field of ['title', 'summary', 'body', 'keyPoints', 'tagline', 'description']) {
        expect(treatmentClaimWarning(doc[field]), `${doc._id}.${field}`).toBe(true)
      }
    }
  })
})

describe('promises to relieve, ease, reduce, correct or protect are flagged too (clinical review)', () => {
  // [text, the phrase the warning quotes]
  const PROMISES: [string, string][] = [
    ['Relieves heel pain.', 'Relieves heel pain'],
    ['Relieve back pain in days.', 'Relieve back pain'],
    ['Relieved my knee pain.', 'Relieved my knee pain'],
    ['Relieving plantar fasciitis, one step at a time.', 'Relieving plantar fasciitis'],
    ['Fast relief from back pain.', 'relief from back pain'],
    ['Instant relief for aching arches.', 'relief for aching'],
    ['Alleviates heel pain.', 'Alleviates heel pain'],
    ['Eases plantar fasciitis.', 'Eases plantar fasciitis'],
    ['Eases your knee pain.', 'Eases your knee pain'],
    ['Eased my heel pain in a week.', 'Eased my heel pain'],
    ['Easing back pain with every step.', 'Easing back pain'],
    ['Corrects overpronation.', 'Corrects overpronation'],
    ['Correcting over-pronation for runners.', 'Correcting over-pronation'],
    ['Corrected my flat feet.', 'Corrected my flat feet'],
    ['Corrects your posture.', 'Corrects your posture'],
    ['Corrects posture as you walk.', 'Corrects posture'],
    ['Realigns your posture.', 'Realigns your posture'],
    ['Realigns your spine.', 'Realigns your spine'],
    ['Realigning the pelvis.', 'Realigning the pelvis'],
    ['Reduces pain.', 'Reduces pain'],
    ['Reduces back pain.', 'Reduces back pain'],
    ['Reduced my heel pain.', 'Reduced my heel pain'],
    ['Reducing knee pain for runners.', 'Reducing knee pain'],
    ['Reduces your risk of injury.', 'Reduces your risk of injury'],
    ['Protects against injuries.', 'Protects against injuries'],
    ['Protects against shin splints.', 'Protects against shin splints'],
    ['Protecting your knees from injury.', 'Protecting your knees from injury'],
    ['Improves posture.', 'Improves posture'],
    ['Improves your posture.', 'Improves your posture'],
    ['Improved posture in a week.', 'Improved posture'],
    ['Improving your gait.', 'Improving your gait'],
    ['Improves heel pain.', 'Improves heel pain'],
    ['Walk pain-free.', 'pain-free'],
    ['Stand pain free all day.', 'pain free'],
    ['Pain-free running starts here.', 'Pain-free'],
    // Present tense is a claim even with a study named; so is a cure, whatever the tense.
    ['Studies show our insoles relieve heel pain.', 'relieve heel pain'],
    ['In one trial, insoles cured heel pain.', 'cured heel pain'],
    ['Customer reviews say it relieved their heel pain.', 'relieved their heel pain'],
    // A negation elsewhere in the sentence does not excuse the promise.
    ['Not only comfortable, it relieves heel pain.', 'relieves heel pain'],
  ]

  it.each(PROMISES)('warns on %j, quoting %j', (text, phrase) => {
    expect(findTreatmentClaim(text)?.phrase).toBe(phrase)
    expect(treatmentClaimWarning(text)).toMatch(new RegExp(`^"${phrase}" sounds like a promise`))
  })

  const HONEST = [
    // Honest sentences the clinical review asked us to keep sparing.
    'Insoles do not cure back pain',
    'Insoles are unlikely to relieve back pain on their own',
    'There is no good evidence that insoles reduce pain',
    'A physiotherapist can help ease the pain',
    'Evidence on whether insoles protect against injury is mixed',
    'Does it relieve pain? Not reliably.',
    // More negations, questions and clinicians.
    'Insoles will not relieve, ease or cure back pain.',
    "Insoles don't correct overpronation.",
    'Insoles cannot realign your spine.',
    'No insole can improve your posture.',
    'Insoles are not pain-free miracles.',
    'Can insoles reduce knee pain?',
    'Will it make me pain-free?',
    'A podiatrist can correct your gait with exercises.',
    'Ask a pharmacist about pain relief if you need it.',
    // Reporting what a trial found, or naming it as the topic of the evidence.
    'In one trial, custom-made insoles eased pain from high arches more than sham insoles after 3 months.',
    'In one trial of 154 people, custom-made insoles eased high-arch foot pain more than sham insoles at 3 months (Burns 2006); shop-bought insoles were not tested.',
    'A review of trials found foot orthoses cut injuries (RR 0.72) and stress fractures (RR 0.59) (Bonanno 2017), but it did not test easing shin pain you already have.',
    'Foot orthoses lowered injury rates in a review of trials (Bonanno 2017), but a firm shell was not tested for easing shin pain.',
    'Evidence on insoles for easing back pain was limited (Sahar, Cochrane).',
    'But the study measured pressure, not whether pain eased over time.',
    // Ordinary words that share a root.
    'Ease off if it hurts.',
    'Ease off if pain is worse the next morning.',
    'pain that eases once you get moving, then comes back after a long day',
    'pain that eases as you warm up, then comes back after exercise',
    'the pain is worse at night, or does not ease when you rest',
    'learn how to ease your load: cut back on long walks, runs or standing for a while, then build up slowly',
    'This may ease the stretch on the tendon with each step.',
    'Slips in with ease, even with flat feet.',
    'Designed for ease of use with flat feet.',
    'Choose the correct insole for flat feet.',
    'Pick the correct heel cup depth.',
    'Stay within a pain-free range.',
    'Forefoot Relief',
    'Improved cushioning for long days.',
    'Reduces pressure under the ball of the foot.',
    'Protects the insole from wear.',
  ]

  it.each(HONEST)('lets %j pass', (text) => {
    expect(findTreatmentClaim(text)).toBeNull()
    expect(treatmentClaimWarning(text)).toBe(true)
  })

  it('says what the promise is and what to write instead', () => {
    expect(treatmentClaimWarning('Relieves heel pain.')).toBe(
      '"Relieves heel pain" sounds like a promise to treat. We may claim comfort and support, not treatment: write what it does ("cushions the heel", "supports the arch") or what a study found ("in one trial, insoles eased heel pain for some people").',
    )
    expect(treatmentClaimWarning('Realigns your spine.')).toBe(
      '"Realigns your spine" sounds like a promise to correct the body. We may claim comfort and support, not correction: write what it does ("supports the arch", "steadies the heel") or what a study found.',
    )
    expect(treatmentClaimWarning('Walk pain-free.')).toBe(
      '"pain-free" sounds like a promise to take pain away. Write what it may help with instead, for example "may make walking more comfortable".',
    )
  })
})
