import type { InsoleSupport } from '@/lib/finder/features'
import { ARCH_SUPPORT, CUSHIONING, FIRMNESS, HEEL_CUP } from '@/lib/finder/vocabulary'
import { SupportScale } from './SupportScale'

export const POSTING_WORDS: Record<InsoleSupport['posting'], string> = {
  none: 'None (neutral)',
  medial: 'Medial: raised inner edge',
  lateral: 'Lateral: raised outer edge',
}

export const PROFILE_WORDS: Record<InsoleSupport['profile'], string> = {
  slim: 'Slim, for dress shoes',
  standard: 'Standard',
  'high-volume': 'High volume, for boots',
}

export function InsoleSupportList({ insole }: { insole: InsoleSupport }) {
  return (
    <dl className="support-list">
      <SupportScale label="Arch support" value={insole.archSupport} steps={ARCH_SUPPORT} />
      <SupportScale label="Firmness" value={insole.firmness} steps={FIRMNESS} />
      <SupportScale label="Heel cup" value={insole.heelCup} steps={HEEL_CUP} />
      <SupportScale label="Cushioning" value={insole.cushioning} steps={CUSHIONING} />
      <div className="scale-row">
        <dt>Posting</dt>
        <dd>{POSTING_WORDS[insole.posting]}</dd>
      </div>
      <div className="scale-row">
        <dt>Profile</dt>
        <dd>{PROFILE_WORDS[insole.profile]}</dd>
      </div>
      <div className="scale-row">
        <dt>Metatarsal pad</dt>
        <dd>{insole.metatarsalPad ? 'Yes' : 'No'}</dd>
      </div>
      <div className="scale-row">
        <dt>Heel lift</dt>
        <dd>{insole.heelLift ? 'Yes' : 'No'}</dd>
      </div>
    </dl>
  )
}
