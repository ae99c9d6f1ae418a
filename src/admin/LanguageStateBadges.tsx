'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { LanguageState, LanguageStateRow } from '../../collections/translation/languageStates'
import type { NewsroomMessageKey } from '@/i18n/admin/newsroom'
import { isLocale } from '@/i18n/locales'
import { RevertToPublished } from './RevertToPublished'

/** The symbol of each state, shared by the badges, the status line and its legend. */
export const marks: Record<LanguageState, string> = {
  source: '◆',
  missing: '—',
  'in-progress': '…',
  ready: '✓',
  published: '●',
  outdated: '⚠',
  unpublished: '○',
}
export const colours: Record<LanguageState, string> = {
  source: '#555',
  missing: '#999',
  'in-progress': '#b45309',
  ready: '#1d4ed8',
  published: '#15803d',
  outdated: '#b91c1c',
  unpublished: '#6b7280',
}
export const words: Record<LanguageState, NewsroomMessageKey> = {
  source: 'stateSource',
  missing: 'stateMissing',
  'in-progress': 'stateInProgress',
  ready: 'stateReady',
  published: 'statePublished',
  outdated: 'stateOutdated',
  unpublished: 'stateUnpublished',
}

/**
 * Each content language's name in the viewer's admin language («Ағылшын тілі», «Англи хэл»;
 * `newsroom:language_<code>`, made on the server by `languageLabel`), never a code like "kk", also
 * for languages the viewer's locale picker leaves out (a translator's source language).
 */
export function useLanguageNames(): (code: string) => string {
  const { t } = useTranslation()
  return (code) => (isLocale(code) ? (t as (key: string) => string)(`newsroom:language_${code}`) : code)
}

/** One badge per language (its name, mark, and the state in words for screen readers and on hover). */
export function LanguageStateBadges({ states }: { states: LanguageStateRow[] }) {
  const { t } = useTranslation()
  const name = useLanguageNames()
  const say = (state: LanguageState) => (t as (key: string) => string)(`newsroom:${words[state]}`)
  return (
    <span className="translation-states" style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.125rem 0.75rem' }}>
      {states.map(({ locale, state, live }) => (
        <span
          key={locale}
          title={`${name(locale)}: ${say(state)}`}
          data-locale={locale}
          data-state={state}
          data-live={live}
          style={{ color: colours[state], whiteSpace: 'nowrap' }}
        >
          {name(locale)} {marks[state]}
          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {say(state)}
          </span>
        </span>
      ))}
    </span>
  )
}

/**
 * The document's language states (`GET /api/<collection>/<id>/languages`), fetched on mount when
 * no `initial` rows are given and again after every save, publish or unpublish, so what the admin
 * shows never waits for a reload. `null` until known.
 */
export function useLanguageStates(initial: LanguageStateRow[] | null = null): LanguageStateRow[] | null {
  const { config } = useConfig()
  const { id, collectionSlug, savedDocumentData, lastUpdateTime } = useDocumentInfo()
  const [states, setStates] = useState(initial)
  const saved = `${String(savedDocumentData?.updatedAt)}|${String(savedDocumentData?._status)}|${String(lastUpdateTime)}`
  const shown = useRef(initial ? saved : null)
  useEffect(() => {
    if (!id || !collectionSlug || saved === shown.current) return
    shown.current = saved
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/languages`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<LanguageStateRow[]>) : null))
      .then((fresh) => fresh && setStates(fresh))
      .catch(() => undefined)
    return () => controller.abort()
  }, [saved, collectionSlug, id, config.serverURL, config.routes.api])
  return states
}

/** The sidebar's badges: drawn by the server on load, then kept current by `useLanguageStates`. */
export function LiveLanguageStates({ initial }: { initial: LanguageStateRow[] }) {
  const { t } = useTranslation()
  const states = useLanguageStates(initial) ?? initial
  return (
    <div className="field-type language-states" style={{ marginBottom: '1rem' }}>
      <p style={{ margin: '0 0 0.25rem', fontSize: '0.8rem', color: 'var(--theme-elevation-600)' }}>
        {(t as (key: string) => string)('newsroom:languagesReadersSee')}
      </p>
      <LanguageStateBadges states={states} />
    </div>
  )
}

/**
 * Replaces Payload's document status line (`admin.components.edit.Status`), which is one status for
 * the whole document: after "Publish in Қазақша" it said "Changed" because another language had a
 * draft. This one speaks of the language being edited, as readers see it: Draft (readers do not
 * see this language), Changed (they see an older text than the latest draft) or Published.
 */
export function LanguageStatus() {
  const { t } = useTranslation()
  const { code } = useLocale()
  const states = useLanguageStates()
  const row = states?.find((candidate) => candidate.locale === code)
  if (!row) return null
  const key = !row.live ? 'draft' : row.changed ? 'changed' : 'published'
  const say = t as (key: string) => string
  return (
    <div
      className="status"
      title={`${say('version:status')}: ${say(`version:${key}`)}`}
      data-locale={code}
      data-live={row.live}
    >
      <div className="status__value-wrap">
        <span className="status__label">{say('version:status')}: </span>
        <span className="status__value">{say(`version:${key}`)}</span>
        {key === 'changed' && <RevertToPublished />}
      </div>
    </div>
  )
}
