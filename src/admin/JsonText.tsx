'use client'

import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

/**
 * A read-only JSON field drawn as formatted text. Payload's own JSON field loads the Monaco code
 * editor from a public CDN (cdn.jsdelivr.net): offline it stays blank and throws, online the
 * admin makes a third-party request. Read-only records (a comment's spam checks) need no editor.
 */
export const JsonText: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const text = value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)
  return (
    <div className="field-type json-text" data-field={field.name}>
      <FieldLabel label={field.label} path={path} />
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
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}
