'use client'

import {
  Button,
  ConfirmationModal,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

/**
 * "Revert to published", as Payload draws it beside the status line, offered only to people who
 * may publish. Payload 3.90 offers it to anyone who may update, and the revert is a save into the
 * live document, which the server refuses to translators (guardTranslatorOperations). Drawn by the
 * articles' status line (`LanguageStatus`) when the language being edited has changes waiting.
 */
export function RevertToPublished() {
  const {
    id,
    collectionSlug,
    hasPublishPermission,
    incrementVersionCount,
    isTrashed,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
  } = useDocumentInfo()
  const { toggleModal } = useModal()
  const { config } = useConfig()
  const { reset } = useForm()
  const { code: locale } = useLocale()
  const { i18n, t } = useTranslation()
  const modalSlug = `confirm-revert-${id}`

  const revert = useCallback(async () => {
    const url = formatAdminURL({
      apiRoute: config.routes.api,
      path: `/${collectionSlug}/${id}?locale=${locale}&fallback-locale=null&depth=0`,
    })
    const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' }
    const published = (await (await fetch(url, { credentials: 'include', headers })).json()) as unknown
    const response = await fetch(url, {
      method: 'PATCH',
      credentials: 'include',
      headers,
      body: JSON.stringify(published),
    })
    const json = (await response.json().catch(() => ({}))) as {
      doc?: Record<string, unknown>
      message?: string
      errors?: { message?: string }[]
    }
    if (!response.ok) {
      toast.error(json.errors?.[0]?.message ?? t('error:revertingDocument'))
      return
    }
    await reset(json.doc)
    toast.success(json.message ?? t('general:success'))
    incrementVersionCount()
    setMostRecentVersionIsAutosaved(false)
    setUnpublishedVersionCount(0)
  }, [
    collectionSlug,
    config.routes.api,
    i18n.language,
    id,
    incrementVersionCount,
    locale,
    reset,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    t,
  ])

  if (isTrashed || !hasPublishPermission) return null
  return (
    <React.Fragment>
      {' — '}
      <Button
        buttonStyle="none"
        className="status__action"
        id="action-revert-to-published"
        onClick={() => toggleModal(modalSlug)}
      >
        {t('version:revertToPublished')}
      </Button>
      <ConfirmationModal
        body={t('version:aboutToRevertToPublished')}
        confirmingLabel={t('version:reverting')}
        heading={t('version:confirmRevertToSaved')}
        modalSlug={modalSlug}
        onConfirm={revert}
      />
    </React.Fragment>
  )
}
