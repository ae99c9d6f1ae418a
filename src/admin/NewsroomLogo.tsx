import type { I18nClient } from '@payloadcms/translations'

import type { NewsroomMessageKey } from '@/i18n/admin/newsroom'
import { newsroomName } from './newsroomName'

type GraphicProps = { i18n?: I18nClient }

const say = (i18n: I18nClient | undefined, key: NewsroomMessageKey) =>
  i18n ? (i18n.t as (key: string) => string)(`newsroom:${key}`) : key

/** Three peaks: the newsroom's mark, drawn inline (no file, no outside request). */
function Peaks({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M1 27 L11 9 L16 17 L21 6 L31 27 Z" fill="currentColor" />
      <path d="M18.5 11 L21 6 L23.5 11 L21 10 Z" fill="var(--theme-bg, #fff)" />
    </svg>
  )
}

/**
 * The login page's (and every logged-out page's) heading: the newsroom's name in the admin
 * language, not the framework's logo (`admin.components.graphics.Logo`).
 */
export function NewsroomLogo({ i18n }: GraphicProps) {
  return (
    <div className="newsroom-logo" style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <Peaks size={40} />
      <div>
        <div className="newsroom-logo__name" style={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.2 }}>
          {newsroomName(i18n?.language)}
        </div>
        <div style={{ color: 'var(--theme-elevation-600)' }}>{say(i18n, 'newsroomAdmin')}</div>
      </div>
    </div>
  )
}

/** The small mark at the top of the admin's side menu (`admin.components.graphics.Icon`). */
export function NewsroomIcon({ i18n }: GraphicProps) {
  return (
    <span className="newsroom-icon" title={newsroomName(i18n?.language)} style={{ display: 'inline-flex' }}>
      <Peaks size={24} />
    </span>
  )
}
