'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { LanguageState } from '../../collections/translation/languageStates'
import type { NewsroomMessageKey } from '../i18n/admin/newsroom'

export type LanguageStateRow = { locale: string; state: LanguageState; live: boolean }

const marks: Record<LanguageState, string> = { source: '◆', missing: '—', 'in-progress': '…', ready: '✓', published: '●', outdated: '⚠', unpublished: '○' }
const colours: Record<LanguageState, string> = {
  source: '#555',
  missing: '#999',
  'in-progress': '#b45309',
  ready: '#1d4ed8',
  published: '#15803d',
  outdated: '#b91c1c',
  unpublished: '#6b7280',
}
const words: Record<LanguageState, NewsroomMessageKey> = {
  source: 'stateSource',
  missing: 'stateMissing',
  'in-progress': 'stateInProgress',
  ready: 'stateReady',
  published: 'statePublished',
  outdated: 'stateOutdated',
  unpublished: 'stateUnpublished',
}

/** One badge per language (code, mark, and the state in words for screen readers and on hover). */
export function LanguageStateBadges({ states }: { states: LanguageStateRow[] }) {
  const { t } = useTranslation()
  const say = (state: LanguageState) => (t as (key: string) => string)(`newsroom:${words[state]}`)
  return (
    <span className="translation-states" style={{ display: 'inline-flex', gap: '0.5rem', whiteSpace: 'nowrap' }}>
      {states.map(({ locale, state, live }) => (
        <span key={locale} title={`${locale}: ${say(state)}`} data-locale={locale} data-state={state} data-live={live} style={{ color: colours[state] }}>
          {locale} {marks[state]}
          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{say(state)}</span>
        </span>
      ))}
    </span>
  )
}

/**
 * The sidebar's badges: drawn from the server on load, fetched again
 * (`GET /api/<collection>/<id>/languages`) after every save, publish or unpublish, so they never
 * wait for a reload to show what readers now see.
 */
export function LiveLanguageStates({ initial, collection, id }: { initial: LanguageStateRow[]; collection: string; id: number | string }) {
  const { config } = useConfig()
  const { t } = useTranslation()
  const { savedDocumentData, lastUpdateTime } = useDocumentInfo()
  const [states, setStates] = useState(initial)
  const saved = `${String(savedDocumentData?.updatedAt)}|${String(savedDocumentData?._status)}|${String(lastUpdateTime)}`
  const first = useRef(saved)
  useEffect(() => {
    if (saved === first.current) return
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${collection}/${id}/languages`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<LanguageStateRow[]>) : null))
      .then((fresh) => fresh && setStates(fresh))
      .catch(() => undefined)
    return () => controller.abort()
  }, [saved, collection, id, config.serverURL, config.routes.api])
  return (
    <div className="field-type language-states" style={{ marginBottom: '1rem' }}>
      <p style={{ margin: '0 0 0.25rem', fontSize: '0.8rem', color: 'var(--theme-elevation-600)' }}>{(t as (key: string) => string)('newsroom:languagesReadersSee')}</p>
      <LanguageStateBadges states={states} />
    </div>
  )
}
