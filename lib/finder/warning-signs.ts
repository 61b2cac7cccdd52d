// Red flags screened before any product (EVIDENCE.md, "Red flags"; NHS back pain, DVT, diabetic foot).
export const WARNING_SIGNS = {
  'saddle-numbness': { urgency: 'emergency', text: 'Numbness around your genitals, bottom or inner thighs' },
  'bladder-bowel-change': { urgency: 'emergency', text: 'New trouble peeing, or losing control of your bladder or bowels' },
  'both-legs-weak-or-numb': { urgency: 'emergency', text: 'Pain, tingling, weakness or numbness in both legs' },
  'major-trauma': { urgency: 'emergency', text: 'Back pain after a serious fall or accident' },
  'fever-or-weight-loss': { urgency: 'urgent', text: 'Back pain with a high temperature, or weight loss you cannot explain' },
  'cancer-history': { urgency: 'urgent', text: 'Back pain and you have had cancer' },
  'night-pain': { urgency: 'urgent', text: 'Pain that is worse at night or does not ease when you rest' },
  'one-calf-swollen-hot': { urgency: 'urgent', text: 'One calf that is swollen, warm, red or darker, with throbbing pain' },
  'diabetes-foot-change': { urgency: 'urgent', text: 'You have diabetes and new foot pain, swelling, heat or a wound' },
  'foot-lost-feeling': { urgency: 'urgent', text: 'Part of your foot has lost its feeling' },
  'pain-over-two-weeks': { urgency: 'soon', text: 'Foot pain that is severe, getting worse, or no better after 2 weeks' },
  'new-one-sided-flat-foot': { urgency: 'soon', text: 'A flat foot that is new, painful, stiff, or on one side only' },
} as const satisfies Record<string, { urgency: 'emergency' | 'urgent' | 'soon'; text: string }>

export type WarningSign = keyof typeof WARNING_SIGNS
export type Urgency = (typeof WARNING_SIGNS)[WarningSign]['urgency']
export const WARNING_SIGN_IDS = Object.keys(WARNING_SIGNS) as WarningSign[]

export const CARE_MESSAGES = {
  emergency:
    'Call 999 now, or go to A&E. Outside the UK, call your local emergency number. These signs can mean a problem that needs treatment straight away. Do not wait to see if it gets better.',
  urgent:
    'Get medical help today. Ask your GP for an urgent appointment, or call NHS 111. These signs need a clinician to check you before you try insoles or exercises.',
  soon: 'See a GP or a podiatrist soon to find out what is causing this. You can still read our suggestions below, but get checked first.',
} as const

/** The most urgent level among the signs, or null for none. */
export function highestUrgency(signs: readonly WarningSign[]): Urgency | null {
  const levels = signs.map((sign) => WARNING_SIGNS[sign].urgency)
  if (levels.includes('emergency')) return 'emergency'
  if (levels.includes('urgent')) return 'urgent'
  if (levels.includes('soon')) return 'soon'
  return null
}
