'use client'

import {
  FormSubmit,
  PublishButton,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

/**
 * The article's main action, by role. People who may publish get Payload's own Publish button
 * (with "Publish in …" and scheduling). A translator, who may only save drafts (decision 005),
 * gets one "Submit for review" instead: it saves the language being edited as a draft with its
 * translation state set to `ready`, which puts it in the editors' queue (the worklist's "ready for
 * review" section) — the single step WPML and wagtail-localize give a translator — then releases
 * the document's edit lock and returns to the worklist. It is not shown
 * on the article's source language, which has no translation state.
 */
export function PublishOrSubmitForReview() {
  const {
    id,
    collectionSlug,
    hasPublishPermission,
    setUnpublishedVersionCount,
    incrementVersionCount,
    unlockDocument,
  } = useDocumentInfo()
  const router = useRouter()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { t } = useTranslation()
  const sourceLocale = useFormFields(([fields]) => fields.sourceLocale?.value)
  const say = t as (key: string) => string

  const submitForReview = useCallback(async () => {
    if (!collectionSlug || !id) return
    const action = formatAdminURL({
      apiRoute: config.routes.api,
      path: `/${collectionSlug}/${id}?locale=${locale}&depth=0&fallback-locale=null&draft=true`,
    })
    const result = await submit({
      action,
      method: 'PATCH',
      overrides: { _status: 'draft', translationStatus: 'ready' },
      disableSuccessStatus: true,
      skipValidation: true,
    })
    // A refusal has shown its own message and kept the form as it was.
    if (!result?.res.ok) return
    incrementVersionCount()
    setUnpublishedVersionCount((count) => count + 1)
    toast.success(say('newsroom:submittedForReview'))
    // The translator's part is done: free the document for the editor (Payload's edit lock) and go
    // back to the worklist, where the story now waits under "ready for review".
    await unlockDocument(id, collectionSlug).catch(() => undefined)
    router.push(config.routes.admin)
  }, [
    collectionSlug,
    config.routes.admin,
    config.routes.api,
    id,
    incrementVersionCount,
    locale,
    router,
    say,
    setUnpublishedVersionCount,
    submit,
    unlockDocument,
  ])

  if (hasPublishPermission) return <PublishButton />
  if (!id || sourceLocale === locale) return null
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
