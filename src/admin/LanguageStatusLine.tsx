'use client'

import { useConfig, useDocumentInfo, useDocumentTitle, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { formatDate } from '@payloadcms/ui/shared'

import type { LanguageState, LanguageStateRow } from '../../collections/translation/languageStates'
import type { NewsroomMessageKey } from '@/i18n/admin/newsroom'
import { adminMomentFormat } from '@/i18n/adminDates'
import { colours, marks, useLanguageNames, useLanguageStates, words } from './LanguageStateBadges'

type Say = (key: NewsroomMessageKey, vars?: Record<string, string>) => string

function useSay(): Say {
  const { t } = useTranslation()
  return (key, vars) => (t as (key: string, vars?: Record<string, string>) => string)(`newsroom:${key}`, vars)
}

/**
 * The words of one language's entry, as readers see it: "live 11:02" (with ", outdated" or
 * ", changes not yet published" when so), or the state of a translation readers do not see
 * ("missing", "in progress", "ready for review", "not published"). The source language has no
 * translation state: it is live or not published.
 */
function entryWords(row: LanguageStateRow, say: Say, when: (iso: string) => string): string {
  if (row.live) {
    const parts = [row.since ? say('statusLive', { time: when(row.since) }) : say('statusLiveUndated')]
    if (row.state === 'outdated') parts.push(say('statusOutdated'))
    if (row.changed) parts.push(say('statusChanged'))
    return parts.join(say('statusPartsSeparator'))
  }
  const offline: Partial<Record<LanguageState, NewsroomMessageKey>> = {
    missing: 'stateMissing',
    'in-progress': 'stateInProgress',
    ready: 'stateReady',
    outdated: 'statusOutdated',
  }
  return say(offline[row.state] ?? 'statusNotPublished')
}

/**
 * The edit view's one line of what readers see in each language ("English: live 11:02 ·
 * Қазақша: live, outdated · 中文: missing"), from `GET /api/articles/:id/languages` (the rule is
 * `languageStates`, itself decision 003's `isReadableIn`), refreshed after every save, with a
 * legend for the symbols. Times are in the viewer's admin language and time zone
 * (`adminMomentFormat`). Nothing is drawn for a document not saved yet.
 */
export function LanguageStatusLine() {
  const states = useLanguageStates()
  const say = useSay()
  const name = useLanguageNames()
  const { i18n } = useTranslation()
  if (!states) return null
  const when = (iso: string) => formatDate({ date: iso, i18n, pattern: adminMomentFormat(new Date(iso)) })
  const legend: LanguageState[] = ['source', 'published', 'outdated', 'ready', 'in-progress', 'missing', 'unpublished']
  return (
    <div className="language-status-line" style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: 0 }}>
        <span style={{ color: 'var(--theme-elevation-600)' }}>{say('languagesReadersSee')}: </span>
        {states.map((row, index) => (
          <span key={row.locale} data-locale={row.locale} data-state={row.state} data-live={row.live}>
            {index > 0 && ' · '}
            <span aria-hidden="true" style={{ color: colours[row.state] }}>
              {marks[row.state]}{' '}
            </span>
            <span className="language-status-line__entry">
              {name(row.locale)}
              {row.state === 'source' || row.state === 'unpublished' ? ` (${say('statusOriginal')})` : ''}:{' '}
              {entryWords(row, say, when)}
            </span>
          </span>
        ))}
      </p>
      <details style={{ fontSize: '0.85rem', color: 'var(--theme-elevation-600)' }}>
        <summary>{say('statusLegend')}</summary>
        <ul className="language-status-legend" style={{ listStyle: 'none', margin: '0.25rem 0 0', padding: 0 }}>
          {legend.map((state) => (
            <li key={state} data-state={state}>
              <span style={{ color: colours[state] }}>{marks[state]}</span> {say(words[state])}
            </li>
          ))}
        </ul>
      </details>
    </div>
  )
}

/**
 * A coloured bar naming the language being edited ("You are editing: Қазақша"), so nobody types
 * Kazakh into the Mongolian version; the admin's language switch at the top changes it.
 */
export function EditingLanguageBar() {
  const { code } = useLocale()
  const say = useSay()
  const name = useLanguageNames()
  if (!code) return null
  return (
    <div
      className="editing-language-bar"
      role="status"
      data-locale={code}
      style={{
        background: 'var(--theme-success-100)',
        borderLeft: '4px solid var(--theme-success-500)',
        padding: '0.5rem 0.75rem',
        marginBottom: '0.75rem',
        fontWeight: 600,
      }}
    >
      {say('editingLanguage', { language: name(code) })}
    </div>
  )
}

/**
 * Where the language being edited has no headline yet, Payload titles the page (heading and
 * breadcrumb) with the document's ID. This puts the original's title there instead (an article's
 * headline, a quote's words and speaker), marked «(original, English)» in the admin's language, as
 * the lists and the worklist do. It is read once per document and language
 * (`GET /api/<collection>/:id?locale=<source>`).
 */
function useSourceHeadlineAsTitle() {
  const { config } = useConfig()
  const { id, collectionSlug, data } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const { code } = useLocale()
  // An article's original language is `sourceLocale`, a quote's `originalLanguage`.
  const sourceLocale = useFormFields(([fields]) => fields.sourceLocale?.value ?? fields.originalLanguage?.value)
  const say = useSay()
  const name = useLanguageNames()
  const ownHeadline = typeof data?.title === 'string' ? data.title.trim() : ''
  const source = typeof sourceLocale === 'string' ? sourceLocale : null
  // The headline read for this document and these languages; an answer for others is ignored.
  const key = `${String(id)}|${source}|${code}`
  const [read, setRead] = useState<{ key: string; headline: string | null } | null>(null)
  const sourceHeadline = read?.key === key ? read.headline : null

  useEffect(() => {
    if (!id || !collectionSlug || ownHeadline || !source || source === code) return
    const controller = new AbortController()
    const query = `locale=${source}&fallback-locale=none&depth=0&draft=true&select[title]=true`
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ title?: string | null }>) : null))
      .then((doc) => setRead({ key, headline: doc?.title?.trim() || null }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, collectionSlug, ownHeadline, source, code, key, config.serverURL, config.routes.api])

  const marked =
    sourceHeadline && source ? `${sourceHeadline} (${say('worklistOriginal', { language: name(source) })})` : null
  useEffect(() => {
    // Payload sets the ID again whenever the document's data changes; this runs after it.
    if (!marked || ownHeadline || title === marked) return
    const timer = setTimeout(() => setDocumentTitle(marked), 0)
    return () => clearTimeout(timer)
  }, [marked, ownHeadline, title, setDocumentTitle])
}

/** A quote's form: titled by the original's words where this language has none yet (draws nothing). */
export function OriginalTitleAsPageTitle() {
  useSourceHeadlineAsTitle()
  return null
}

/** The top of an article's form: the language being edited, then what readers see in each language. */
export function EditingLanguageAndStatus() {
  useSourceHeadlineAsTitle()
  return (
    <div className="editing-language-and-status">
      <EditingLanguageBar />
      <LanguageStatusLine />
    </div>
  )
}
