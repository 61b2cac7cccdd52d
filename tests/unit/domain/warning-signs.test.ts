import { describe, expect, it } from 'vitest'
import { readFinderRequest } from '../../../lib/finder/request'
import {
  BODY_AREAS,
  highestUrgency,
  signInfo,
  signsForBodyAreas,
  SIGN_REGIONS,
  WARNING_SIGN_IDS,
  WARNING_SIGNS,
  type WarningSign,
} from '../../../lib/domain'

// The signs the review (REVIEW-2026-11.md, item 1) found missing, with the urgency the brief gives.
const REQUIRED: [WarningSign, 'emergency' | 'urgent' | 'soon'][] = [
  ['achilles-snap', 'emergency'],
  ['breathless-chest-pain', 'emergency'],
  ['foot-colour-change', 'emergency'],
  ['foot-wound-fever', 'emergency'],
  ['hot-swollen-joint-fever', 'emergency'],
  ['cannot-bear-weight', 'emergency'],
  ['foot-drop', 'urgent'],
  ['one-thigh-swollen-hot', 'urgent'],
  ['back-lump-shape', 'urgent'],
  ['upper-back-pain', 'urgent'],
  ['knee-locks-gives-way', 'urgent'],
  ['child-knee-hip-limp', 'urgent'],
  ['morning-stiffness-under-40', 'soon'],
  ['steroids-or-weak-bones', 'soon'],
  ['calf-pain-walking', 'soon'],
  ['high-arch-changing', 'soon'],
]

// Flag values in links shared before this list grew: they must keep working.
const LEGACY = [
  'saddle-numbness',
  'bladder-bowel-change',
  'both-legs-weak-or-numb',
  'major-trauma',
  'fever-or-weight-loss',
  'cancer-history',
  'night-pain',
  'one-calf-swollen-hot',
  'diabetes-foot-change',
  'foot-lost-feeling',
  'pain-over-two-weeks',
  'new-one-sided-flat-foot',
]

describe('the one list of warning signs', () => {
  it.each(REQUIRED)('%s is there, as %s', (sign, urgency) => {
    expect(WARNING_SIGNS[sign].urgency).toBe(urgency)
  })

  it.each(WARNING_SIGN_IDS)('%s has words, a region, a reason and a source', (sign) => {
    const info = signInfo(sign)
    expect(info.text.length).toBeGreaterThan(15)
    expect(SIGN_REGIONS).toContain(info.region)
    expect(info.why).toMatch(/^[A-Z].{20,}\.$/)
    expect(info.source.length).toBeGreaterThan(3)
  })

  it('no two signs read the same', () => {
    const texts = WARNING_SIGN_IDS.map((sign) => signInfo(sign).text)
    expect(new Set(texts).size).toBe(texts.length)
  })

  it.each(LEGACY)('the old flag value %s in a shared link still works', (flag) => {
    const read = readFinderRequest(new URLSearchParams({ flag }))
    const urgency = highestUrgency([flag as WarningSign])
    if (urgency === 'soon') expect(read.kind).toBe('invalid')
    else expect(read).toEqual({ kind: 'seek-care', flags: [flag] })
  })

  it('a guide shows every sign of its regions and the ones that can happen anywhere, most urgent first', () => {
    const calf = signsForBodyAreas(['calf'])
    expect(calf).toEqual(expect.arrayContaining(['one-calf-swollen-hot', 'one-thigh-swollen-hot', 'breathless-chest-pain', 'calf-pain-walking']))
    expect(calf).not.toContain('saddle-numbness')
    expect(signsForBodyAreas(['ankle'])).toContain('achilles-snap')
    expect(signsForBodyAreas(['knee'])).toEqual(expect.arrayContaining(['hot-swollen-joint-fever', 'knee-locks-gives-way', 'child-knee-hip-limp', 'cannot-bear-weight']))
    expect(signsForBodyAreas(['lower-back'])).toEqual(
      expect.arrayContaining(['foot-drop', 'back-lump-shape', 'upper-back-pain', 'morning-stiffness-under-40', 'steroids-or-weak-bones']),
    )
    for (const area of BODY_AREAS) {
      for (const sign of WARNING_SIGN_IDS.filter((s) => signInfo(s).region === 'anywhere')) expect(signsForBodyAreas([area])).toContain(sign)
    }
  })
})
