'use client'

import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useForm, useLocale, useModal, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

/**
 * The document's publication status ("Status: Draft / Published / Changed"), as Payload draws it,
 * with one difference: "Revert to published" is offered only to people who may publish. Payload
 * 3.90 offers it to anyone who may update, and the revert is a save into the live document, which
 * the server refuses to translators (guardTranslatorOperations). Registered as the articles'
 * `admin.components.edit.Status`.
 */
export function PublicationStatus() {
  const { id, collectionSlug, hasPublishedDoc, hasPublishPermission, incrementVersionCount, isTrashed, setMostRecentVersionIsAutosaved, setUnpublishedVersionCount, unpublishedVersionCount } =
    useDocumentInfo()
  const { toggleModal } = useModal()
  const { config } = useConfig()
  const { reset } = useForm()
  const { code: locale } = useLocale()
  const { i18n, t } = useTranslation()
  const modalSlug = `confirm-revert-${id}`

  const status = !hasPublishedDoc ? 'draft' : unpublishedVersionCount > 0 ? 'changed' : 'published'
  const shown = isTrashed ? (hasPublishedDoc ? 'previouslyPublished' : 'previouslyDraft') : status

  const revert = useCallback(async () => {
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}?locale=${locale}&fallback-locale=null&depth=0` })
    const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' }
    const published = (await (await fetch(url, { credentials: 'include', headers })).json()) as unknown
    const response = await fetch(url, { method: 'PATCH', credentials: 'include', headers, body: JSON.stringify(published) })
    const json = (await response.json().catch(() => ({}))) as { doc?: Record<string, unknown>; message?: string; errors?: { message?: string }[] }
    if (!response.ok) {
      toast.error(json.errors?.[0]?.message ?? t('error:revertingDocument'))
      return
    }
    await reset(json.doc)
    toast.success(json.message ?? t('general:success'))
    incrementVersionCount()
    setMostRecentVersionIsAutosaved(false)
    setUnpublishedVersionCount(0)
  }, [collectionSlug, config.routes.api, i18n.language, id, incrementVersionCount, locale, reset, setMostRecentVersionIsAutosaved, setUnpublishedVersionCount, t])

  return (
    <div className="status" title={`${t('version:status')}: ${t(`version:${shown}` as 'version:draft')}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{t(`version:${shown}` as 'version:draft')}</span>
        {!isTrashed && hasPublishPermission && status === 'changed' && (
          <React.Fragment>
            {' — '}
            <Button buttonStyle="none" className="status__action" id="action-revert-to-published" onClick={() => toggleModal(modalSlug)}>
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
        )}
      </div>
    </div>
  )
}
