// How soon someone needs a clinician, where to go, and the numbers to call (NHS wording).

export const URGENCIES = ['emergency', 'urgent', 'soon'] as const
export type Urgency = (typeof URGENCIES)[number]

/** Care card levels in guide text: the three urgencies, plus things to do yourself. */
export const CARE_LEVELS = [...URGENCIES, 'self-care'] as const
export type CareLevel = (typeof CARE_LEVELS)[number]

export const CARE_LEVEL_LABELS: Record<CareLevel, string> = {
  emergency: 'Emergency: call 999 or go to A&E',
  urgent: 'Urgent: get help today',
  soon: 'Non-urgent: see a GP or physiotherapist',
  'self-care': 'Things you can try yourself',
}

export type CareAdvice = {
  /** The page or card heading: what to do, in a few words. */
  title: string
  /** Where to go, in one sentence. */
  whereToGo: string
  /** Numbers to call, for tel: links. */
  phone: { number: string; label: string }[]
}

export const CARE_ADVICE: Record<Urgency, CareAdvice> = {
  emergency: {
    title: 'Get medical help now',
    whereToGo: 'Call 999 or go to A&E now. Do not wait to see if it gets better, and do not drive yourself.',
    phone: [{ number: '999', label: '999' }],
  },
  urgent: {
    title: 'Get help today',
    whereToGo: 'Ask your GP surgery for an appointment today, or call NHS 111 or go to 111.nhs.uk.',
    phone: [{ number: '111', label: 'NHS 111' }],
  },
  soon: {
    title: 'See a GP or physiotherapist soon',
    whereToGo:
      'Book an appointment with your GP, or a physiotherapist or podiatrist; many areas let you refer yourself to a physiotherapist.',
    phone: [],
  },
}

export const OUTSIDE_UK = 'Outside the UK, call your local emergency number (911 in the US, 112 in Europe).'

/** The most urgent level among several, or null for none. */
export function mostUrgent(levels: readonly Urgency[]): Urgency | null {
  return URGENCIES.find((level) => levels.includes(level)) ?? null
}
