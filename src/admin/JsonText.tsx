'use client'

import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

import type { NewsroomMessageKey } from '@/i18n/admin/newsroom'

/** Each spam check's name (the order of `checkNames` in src/comments/checks.ts) and its words. */
const checks: [string, NewsroomMessageKey][] = [
  ['honeypot', 'spamCheckHoneypot'],
  ['formClock', 'spamCheckFormClock'],
  ['rateLimit', 'spamCheckRateLimit'],
  ['repeatOrDuplicate', 'spamCheckRepeatOrDuplicate'],
  ['links', 'spamCheckLinks'],
  ['wordLists', 'spamCheckWordLists'],
  ['akismet', 'spamCheckAkismet'],
]
const verdictWords: Record<string, NewsroomMessageKey> = {
  pass: 'spamVerdictPass',
  flag: 'spamVerdictFlag',
  spam: 'spamVerdictSpam',
}

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
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : null
  const verdicts =
    record?.verdicts && typeof record.verdicts === 'object' ? (record.verdicts as Record<string, string>) : null
  const shown = verdicts ? checks.filter(([name]) => typeof verdicts[name] === 'string') : []
  return (
    <div className="field-type json-text" data-field={field.name}>
      <FieldLabel label={field.label} path={path} />
      {shown.length > 0 && (
        <ul className="spam-checks" style={{ listStyle: 'none', margin: '0 0 0.5rem', padding: 0 }}>
          {shown.map(([name, key]) => {
            const verdict = verdicts![name]
            return (
              <li key={name} data-check={name} data-verdict={verdict}>
                {say(key)}: <strong>{verdictWords[verdict] ? say(verdictWords[verdict]) : verdict}</strong>
              </li>
            )
          })}
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
