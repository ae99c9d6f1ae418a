'use client'

import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

import type { NewsroomMessageKey } from '@/i18n/admin/newsroom'
import { spamVerdictWords, storedVerdicts } from './spamChecks'

/**
 * A read-only JSON field drawn as text. For a comment's spam checks (`spamSignals`): each check's
 * verdict in the admin's language (passed, flagged for a moderator, spam), then the raw record
 * (English bookkeeping of the submission service) folded away under "Technical record".
 * Payload's own JSON field loads the Monaco code editor from a public CDN (cdn.jsdelivr.net):
 * offline it stays blank and throws, online the admin makes a third-party request.
 */
export const JsonText: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const { t } = useTranslation()
  const say = (key: NewsroomMessageKey) => (t as (key: string) => string)(`newsroom:${key}`)
  const text = value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)
  const shown = storedVerdicts(value)
  return (
    <div className="field-type json-text" data-field={field.name}>
      <FieldLabel label={field.label} path={path} />
      {shown.length > 0 && (
        <ul className="spam-checks" style={{ listStyle: 'none', margin: '0 0 0.5rem', padding: 0 }}>
          {shown.map(([name, key, verdict]) => (
            <li key={name} data-check={name} data-verdict={verdict}>
              {say(key)}: <strong>{spamVerdictWords[verdict] ? say(spamVerdictWords[verdict]) : verdict}</strong>
            </li>
          ))}
        </ul>
      )}
      <details open={shown.length === 0}>
        <summary style={{ fontSize: '0.8rem', color: 'var(--theme-elevation-600)' }}>{say('spamCheckRecord')}</summary>
        <pre
          style={{
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            margin: 0,
            padding: '0.75rem',
            background: 'var(--theme-elevation-50)',
            borderRadius: 4,
            fontSize: '0.8rem',
          }}
        >
          {text}
        </pre>
      </details>
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}
