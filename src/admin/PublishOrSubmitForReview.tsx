'use client'

import { getTranslation } from '@payloadcms/translations'
import {
  FormSubmit,
  PublishButton,
  SaveButton,
  toast,
  useAuth,
  useConfig,
  useDocumentDrawerContext,
  useDocumentInfo,
  useForm,
  useFormFields,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

import { isTranslatorOnly } from '../../collections/access/translatorLocales'

/**
 * The article's main action, by role. People who may publish get Payload's own Publish button
 * (with "Publish in …" and scheduling) and, while they edit a translation, "Publish in Қазақша"
 * beside it as a button of its own (`PublishThisLanguage`): the editor who opens a translation
 * from the review queue sees the one action it waits for. A translator, who may only save drafts
 * (decision 005), gets one "Submit for review" instead (`SubmitForReview`). Nothing of the kind on
 * the article's source language, which has no translation state.
 */
export function PublishOrSubmitForReview() {
  const { id, hasPublishPermission } = useDocumentInfo()
  const { code: locale } = useLocale()
  const sourceLocale = useFormFields(([fields]) => fields.sourceLocale?.value)
  if (hasPublishPermission)
    return (
      <>
        {id && sourceLocale && sourceLocale !== locale ? <PublishThisLanguage /> : null}
        <PublishButton />
      </>
    )
  if (!id || sourceLocale === locale) return null
  return <SubmitForReview drafts />
}

/**
 * The same choice for a collection without drafts (quotes: a save is the document itself, and
 * readers see a translation once its state is published, decision 003). Editors keep Payload's
 * Save; a translator (`isTranslatorOnly`, the access rules' own test) editing a translation gets
 * "Submit for review" in its place, as on articles.
 */
export function SaveOrSubmitForReview() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { code: locale } = useLocale()
  const sourceLocale = useFormFields(([fields]) => fields.sourceLocale?.value)
  if (!isTranslatorOnly(user)) return <SaveButton />
  if (!id || sourceLocale === locale) return null
  return <SubmitForReview drafts={false} />
}

/**
 * A translator's one action, "Submit for review": saves the language being edited with its
 * translation state set to `ready` (as a draft where the collection has drafts), which puts it in
 * the editors' review queue — the single step WPML and wagtail-localize give a translator — then
 * releases the document's edit lock and returns to the dashboard (the worklist). Inside Payload's
 * document drawer (a quote opened from an article's body: `useDocumentDrawerContext()` has a
 * `drawerSlug` there and is `{}` elsewhere) it closes the drawer instead and never navigates: the
 * page underneath holds the translator's unsaved article. A refusal shows its own message and
 * keeps the form as it was.
 */
function SubmitForReview({ drafts }: { drafts: boolean }) {
  const { id, collectionSlug, setUnpublishedVersionCount, incrementVersionCount, unlockDocument } = useDocumentInfo()
  const router = useRouter()
  const { drawerSlug } = useDocumentDrawerContext()
  const { closeModal } = useModal()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { t } = useTranslation()
  const say = t as (key: string) => string

  const submitForReview = useCallback(async () => {
    if (!collectionSlug || !id) return
    const action = formatAdminURL({
      apiRoute: config.routes.api,
      path: `/${collectionSlug}/${id}?locale=${locale}&depth=0&fallback-locale=null${drafts ? '&draft=true' : ''}`,
    })
    const result = await submit({
      action,
      method: 'PATCH',
      overrides: drafts ? { _status: 'draft', translationStatus: 'ready' } : { translationStatus: 'ready' },
      disableSuccessStatus: true,
      skipValidation: drafts,
    })
    if (!result?.res.ok) return
    if (drafts) {
      incrementVersionCount()
      setUnpublishedVersionCount((count) => count + 1)
    }
    toast.success(say('newsroom:submittedForReview'))
    // The translator's part is done: free the document for the editor (Payload's edit lock) and go
    // back to the dashboard and its worklist, or, in a drawer, back to the document underneath.
    await unlockDocument(id, collectionSlug).catch(() => undefined)
    if (drawerSlug) closeModal(drawerSlug)
    else router.push(config.routes.admin)
  }, [
    closeModal,
    collectionSlug,
    config.routes.admin,
    config.routes.api,
    drafts,
    drawerSlug,
    id,
    incrementVersionCount,
    locale,
    router,
    say,
    setUnpublishedVersionCount,
    submit,
    unlockDocument,
  ])

  return (
    <FormSubmit
      buttonId="action-submit-for-review"
      buttonStyle="primary"
      onClick={() => void submitForReview()}
      size="medium"
      type="button"
    >
      {say('newsroom:submitForReview')}
    </FormSubmit>
  )
}

/**
 * "Publish in Қазақша" as a visible button: the same request as the item of that name in Payload's
 * publish menu (`publishSpecificLocale`, which decision 011's hooks turn into "this language is
 * live"), with Payload's own label, so the two read and act alike. Shown to people who may publish,
 * on a saved document, while they edit a translation.
 */
function PublishThisLanguage() {
  const { id, collectionSlug, setHasPublishedDoc, setUnpublishedVersionCount, uploadStatus } = useDocumentInfo()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n, t } = useTranslation()
  const localization = config.localization
  const active = localization ? localization.locales.find((entry) => entry.code === locale) : undefined
  const publish = useCallback(async () => {
    if (!collectionSlug || !id || uploadStatus === 'uploading') return
    const action = formatAdminURL({
      apiRoute: config.routes.api,
      path: `/${collectionSlug}/${id}?depth=0&locale=${locale}&publishSpecificLocale=${locale}`,
    })
    const result = await submit({ action, overrides: { _status: 'published' } })
    if (result) {
      setUnpublishedVersionCount(0)
      setHasPublishedDoc(true)
    }
  }, [
    collectionSlug,
    config.routes.api,
    id,
    locale,
    setHasPublishedDoc,
    setUnpublishedVersionCount,
    submit,
    uploadStatus,
  ])
  if (!active) return null
  return (
    <FormSubmit
      buttonId="action-publish-language"
      buttonStyle="secondary"
      onClick={() => void publish()}
      size="medium"
      type="button"
    >
      {(t as (key: string, vars: Record<string, string>) => string)('version:publishIn', {
        locale: getTranslation(active.label, i18n),
      })}
    </FormSubmit>
  )
}
