import type { InsoleSupport } from '@/lib/finder/features'
import { ARCH_SUPPORT, CUSHIONING, FIRMNESS, HEEL_CUP, POSTING_LABELS, PROFILE_LABELS } from '@/lib/domain'
import { SupportScale } from './SupportScale'

export function InsoleSupportList({ insole }: { insole: InsoleSupport }) {
  return (
    <dl className="support-list">
      <SupportScale label="Arch support" value={insole.archSupport} steps={ARCH_SUPPORT} />
      <SupportScale label="Firmness" value={insole.firmness} steps={FIRMNESS} />
      <SupportScale label="Heel cup" value={insole.heelCup} steps={HEEL_CUP} />
      <SupportScale label="Cushioning" value={insole.cushioning} steps={CUSHIONING} />
      <div className="scale-row">
        <dt>Posting</dt>
        <dd>{POSTING_LABELS[insole.posting]}</dd>
      </div>
      <div className="scale-row">
        <dt>Profile</dt>
        <dd>{PROFILE_LABELS[insole.profile]}</dd>
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
