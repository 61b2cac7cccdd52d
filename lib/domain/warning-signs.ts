// Warning signs: the finder screens for them before any product, and guides show them as
// "When to get help" cards, from this one list. Reviewed like code. Sources: EVIDENCE.md,
// "Red flags" and "Signs the first list missed" (NHS back pain, sciatica, Achilles tendon
// rupture, DVT, pulmonary embolism, diabetic foot, septic arthritis, knee pain, flat feet,
// plantar fasciitis; NICE CKS).
import type { BodyArea } from './body-areas'
import { mostUrgent, type Urgency } from './care'

/** Where a sign is felt. The finder groups signs under these headings. */
export const SIGN_REGIONS = ['back', 'hip-thigh', 'knee', 'calf-shin', 'ankle-achilles', 'foot', 'anywhere'] as const
export type SignRegion = (typeof SIGN_REGIONS)[number]

export const SIGN_REGION_LABELS: Record<SignRegion, string> = {
  back: 'Back',
  'hip-thigh': 'Hip and thigh',
  knee: 'Knee',
  'calf-shin': 'Calf and shin',
  'ankle-achilles': 'Ankle and Achilles',
  foot: 'Foot and heel',
  anywhere: 'Anywhere, or feeling unwell',
}

/** The regions a guide about these body areas covers. */
export const BODY_AREA_REGION: Record<BodyArea, SignRegion> = {
  foot: 'foot',
  heel: 'foot',
  ankle: 'ankle-achilles',
  calf: 'calf-shin',
  knee: 'knee',
  hip: 'hip-thigh',
  'lower-back': 'back',
}

export type WarningSignInfo = {
  /** The words the shopper reads and ticks. */
  text: string
  /** Where it is felt; the finder lists it under this heading. */
  region: SignRegion
  /** Other regions whose guides must show it too. */
  alsoIn?: readonly SignRegion[]
  urgency: Urgency
  /** One plain sentence on why it matters. */
  why: string
  source: string
}

export const WARNING_SIGNS = {
  // Emergency: 999 or A&E.
  'both-legs-weak-or-numb': {
    text: 'Pain, tingling, weakness or numbness in both legs',
    region: 'back',
    urgency: 'emergency',
    why: 'The nerves at the bottom of the spine may be squeezed, and they need treatment within hours.',
    source: 'NHS: Back pain; Cauda equina syndrome',
  },
  'saddle-numbness': {
    text: 'Numbness around your genitals, bottom or inner thighs',
    region: 'back',
    urgency: 'emergency',
    why: 'This can mean the nerves at the base of the spine are squeezed (cauda equina syndrome).',
    source: 'NHS: Back pain; Cauda equina syndrome',
  },
  'bladder-bowel-change': {
    text: 'New trouble peeing, or you cannot control when you pee or poo',
    region: 'back',
    urgency: 'emergency',
    why: 'With back pain, this can mean the nerves at the base of the spine are squeezed.',
    source: 'NHS: Back pain; Cauda equina syndrome',
  },
  'major-trauma': {
    text: 'Back pain after a serious fall, a car crash or another accident',
    region: 'back',
    urgency: 'emergency',
    why: 'A hard knock can break a bone in the spine, which needs checking straight away.',
    source: 'NHS: Back pain',
  },
  'breathless-chest-pain': {
    text: 'Sudden breathlessness, chest pain, or coughing up blood',
    region: 'anywhere',
    alsoIn: ['calf-shin', 'hip-thigh'],
    urgency: 'emergency',
    why: 'Above all with a painful, swollen leg, this can mean a blood clot has moved to the lungs.',
    source: 'NHS: Pulmonary embolism; DVT; Back pain',
  },
  'achilles-snap': {
    text: 'A sudden snap or bang at the back of your ankle, or a feeling of being kicked there, and now you cannot stand on tiptoe',
    region: 'ankle-achilles',
    urgency: 'emergency',
    why: 'This is how a torn (ruptured) Achilles tendon often feels, and treatment works best when it starts early.',
    source: 'NHS: Achilles tendinopathy and rupture',
  },
  'foot-colour-change': {
    text: 'A toe or part of your foot is turning black, blue, pale or cold',
    region: 'foot',
    urgency: 'emergency',
    why: 'The blood supply to the foot may be blocked, which cannot wait, above all if you have diabetes.',
    source: 'NHS: Diabetes, foot problems; NICE NG19',
  },
  'foot-wound-fever': {
    text: 'A wound or sore on your foot, and a high temperature or shivering',
    region: 'foot',
    urgency: 'emergency',
    why: 'An infection may be spreading from the wound, and it can become serious quickly.',
    source: 'NHS: Diabetes, foot problems; NICE NG19',
  },
  'hot-swollen-joint-fever': {
    text: 'A joint that is hot, red and swollen, and you have a high temperature or feel unwell',
    region: 'anywhere',
    urgency: 'emergency',
    why: 'This can be an infected joint (septic arthritis), which can damage the joint within days.',
    source: 'NHS: Septic arthritis',
  },
  'cannot-bear-weight': {
    text: 'After an injury, you cannot put weight on your foot or knee, or it looks out of shape',
    region: 'foot',
    alsoIn: ['ankle-achilles', 'knee'],
    urgency: 'emergency',
    why: 'A bone may be broken or a joint out of place, and it needs an X-ray.',
    source: 'NHS: Knee pain; Foot pain; Broken ankle',
  },

  // Urgent: a GP or NHS 111 the same day.
  'fever-or-weight-loss': {
    text: 'Back pain with a high temperature, or you are losing weight without trying',
    region: 'back',
    urgency: 'urgent',
    why: 'Together these can be a sign of an infection or another illness that needs checking today.',
    source: 'NHS: Back pain',
  },
  'cancer-history': {
    text: 'Back pain and you have had cancer',
    region: 'back',
    urgency: 'urgent',
    why: 'Cancer can sometimes spread to the bones of the spine, so new back pain needs checking.',
    source: 'NHS: Back pain',
  },
  'night-pain': {
    text: 'Back pain that is worse at night, or does not ease when you rest',
    region: 'back',
    urgency: 'urgent',
    why: 'Pain that rest does not settle is not typical of a strained back and needs a closer look.',
    source: 'NHS: Back pain',
  },
  'upper-back-pain': {
    text: 'Pain high in your back, between your shoulder blades',
    region: 'back',
    urgency: 'urgent',
    why: 'Pain here is not typical back strain and can come from the spine, heart or lungs.',
    source: 'NHS: Back pain; NICE CKS',
  },
  'back-lump-shape': {
    text: 'Back pain with a lump or swelling, or a change in the shape of your back',
    region: 'back',
    urgency: 'urgent',
    why: 'A lump or a change of shape needs a doctor to find the cause.',
    source: 'NHS: Back pain',
  },
  'foot-drop': {
    text: 'Weakness that is spreading in one leg, or a foot that drags or slaps down when you walk',
    region: 'back',
    alsoIn: ['foot', 'ankle-achilles'],
    urgency: 'urgent',
    why: 'A trapped or damaged nerve can cause this, and the sooner it is checked, the better it can recover.',
    source: 'NHS: Sciatica; Foot drop',
  },
  'one-calf-swollen-hot': {
    text: 'One calf that is swollen, warm, red or darker than usual, with throbbing or cramping pain',
    region: 'calf-shin',
    urgency: 'urgent',
    why: 'This can be a blood clot (DVT), more likely after a flight, an operation, a plaster cast or bed rest.',
    source: 'NHS: DVT',
  },
  'one-thigh-swollen-hot': {
    text: 'One thigh that is swollen, warm, red or darker than usual, with throbbing pain',
    region: 'hip-thigh',
    alsoIn: ['calf-shin'],
    urgency: 'urgent',
    why: 'A blood clot (DVT) can form in the thigh as well as the calf, above all after a flight, an operation or bed rest.',
    source: 'NHS: DVT',
  },
  'knee-locks-gives-way': {
    text: 'After an injury, your knee locks, or gives way under you',
    region: 'knee',
    urgency: 'urgent',
    why: 'This can mean a tear inside the knee, such as a torn cartilage or ligament.',
    source: 'NHS: Knee pain',
  },
  'child-knee-hip-limp': {
    text: 'A child or teenager with knee or hip pain and a limp',
    region: 'knee',
    alsoIn: ['hip-thigh'],
    urgency: 'urgent',
    why: 'In young people a hip problem can be felt in the knee, and it needs checking the same day.',
    source: 'NHS: Knee pain; NICE CKS',
  },
  'diabetes-foot-change': {
    text: 'You have diabetes and new pain, swelling, heat or redness in your foot, or a new cut, sore or wound',
    region: 'foot',
    urgency: 'urgent',
    why: 'Diabetes can hide foot problems and slow healing, so small problems can turn serious within days.',
    source: 'NHS: Diabetes, foot problems; NICE NG19',
  },
  'foot-lost-feeling': {
    text: 'Part of your foot has lost its feeling',
    region: 'foot',
    urgency: 'urgent',
    why: 'Numbness can mean nerve damage, and it makes cuts and rubbing easy to miss.',
    source: 'NHS: Diabetes, foot problems; Peripheral neuropathy',
  },

  // Soon: a GP or physiotherapist.
  'pain-over-two-weeks': {
    text: 'Foot pain that is very bad, getting worse, or no better after 2 weeks',
    region: 'foot',
    urgency: 'soon',
    why: 'Most foot pain eases with rest and simple care; pain that does not needs a diagnosis.',
    source: 'NHS: Plantar fasciitis; Foot pain',
  },
  'new-one-sided-flat-foot': {
    text: 'A flat foot that is new, painful, stiff, or on one side only',
    region: 'foot',
    urgency: 'soon',
    why: 'An arch that drops on one side can mean a tendon problem that treatment helps most when found early.',
    source: 'NHS: Flat feet',
  },
  'high-arch-changing': {
    text: 'A high arch that is new or getting higher, or you often trip or your ankles feel weak',
    region: 'foot',
    alsoIn: ['ankle-achilles'],
    urgency: 'soon',
    why: 'This can be a sign of a nerve condition, such as Charcot-Marie-Tooth disease, that a doctor should check.',
    source: 'EVIDENCE.md: signs the first list missed; NICE CKS',
  },
  'calf-pain-walking': {
    text: 'Calf pain when you walk that goes away when you rest',
    region: 'calf-shin',
    urgency: 'soon',
    why: 'This can mean narrowed arteries in the legs (peripheral arterial disease), which a GP can check.',
    source: 'NHS: Peripheral arterial disease',
  },
  'morning-stiffness-under-40': {
    text: 'You are under 40, and your back is stiffest in the morning and eases as you move',
    region: 'back',
    urgency: 'soon',
    why: 'This pattern can be an inflammatory back condition (such as axial spondyloarthritis), which treatment helps.',
    source: 'NHS: Back pain; Ankylosing spondylitis',
  },
  'steroids-or-weak-bones': {
    text: 'New back pain, and you take steroid tablets long term or have weak bones (osteoporosis)',
    region: 'back',
    urgency: 'soon',
    why: 'Steroids and osteoporosis make the bones of the spine easier to break, even without a fall.',
    source: 'NHS: Back pain; NICE CKS',
  },
} as const satisfies Record<string, WarningSignInfo>

export type WarningSign = keyof typeof WARNING_SIGNS
export const WARNING_SIGN_IDS = Object.keys(WARNING_SIGNS) as WarningSign[]

export const signInfo = (sign: WarningSign): WarningSignInfo => WARNING_SIGNS[sign]

export const isWarningSign = (value: unknown): value is WarningSign =>
  typeof value === 'string' && Object.hasOwn(WARNING_SIGNS, value)

/** The most urgent level among the signs, or null for none. */
export const highestUrgency = (signs: readonly WarningSign[]): Urgency | null => mostUrgent(signs.map((sign) => signInfo(sign).urgency))

/** Every region a sign belongs to: where it is felt, and where else its guides must show it. */
export const regionsOf = (sign: WarningSign): SignRegion[] => [signInfo(sign).region, ...(signInfo(sign).alsoIn ?? [])]

/**
 * The signs a guide about these body areas shows, most urgent first: every sign of their
 * regions, and the signs that can happen anywhere.
 */
export function signsForBodyAreas(areas: readonly BodyArea[]): WarningSign[] {
  const regions = new Set<SignRegion>(['anywhere', ...areas.map((area) => BODY_AREA_REGION[area])])
  return WARNING_SIGN_IDS.filter((sign) => regionsOf(sign).some((region) => regions.has(region)))
}

/** The signs grouped by where they are felt, in region order, for the finder's first step. */
export function signsByRegion(): { region: SignRegion; label: string; signs: WarningSign[] }[] {
  return SIGN_REGIONS.map((region) => ({
    region,
    label: SIGN_REGION_LABELS[region],
    signs: WARNING_SIGN_IDS.filter((sign) => signInfo(sign).region === region),
  })).filter((group) => group.signs.length > 0)
}
