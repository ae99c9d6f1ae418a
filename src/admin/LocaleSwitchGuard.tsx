'use client'

import { ConfirmationModal, useFormModified, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'

const modalSlug = 'leave-language-without-saving'

/**
 * The language code a click in Payload's language menu (its `Localizer`, at the top of the admin)
 * chose, read from the option's `.localizer__locale-code[data-locale]`; null for any other click.
 */
function chosenLanguage(target: EventTarget | null): string | null {
  const button = target instanceof Element ? target.closest('button') : null
  return button?.querySelector('.localizer__locale-code[data-locale]')?.getAttribute('data-locale') ?? null
}

/**
 * Switching the language being edited reloads the form in the other language. Payload's language
 * menu does that without the "Leave without saving?" question it asks before a link leaves a
 * changed form, so a translator's typed text was lost without a word. While the form has unsaved
 * changes, a choice in that menu now asks first, with Payload's own question and buttons
 * (`general:leaveWithoutSaving`, `general:stayOnThisPage`, `general:leaveAnyway`) in the admin's
 * language; leaving opens the chosen language as the menu would (the same address, `?locale=`).
 * Mounted before the document controls of every localized collection, inside the edit form.
 */
export function LocaleSwitchGuard() {
  const modified = useFormModified()
  const { closeModal, openModal } = useModal()
  const { t } = useTranslation()
  const router = useRouter()
  const chosen = useRef<string | null>(null)

  useEffect(() => {
    if (!modified) return
    const askFirst = (event: MouseEvent) => {
      const language = chosenLanguage(event.target)
      if (!language) return
      event.preventDefault()
      // One question, also when an image drawer's form above this one has changes too.
      event.stopImmediatePropagation()
      chosen.current = language
      openModal(modalSlug)
    }
    // Capture phase: before the menu's own click handler switches the language.
    document.addEventListener('click', askFirst, true)
    return () => document.removeEventListener('click', askFirst, true)
  }, [modified, openModal])

  return (
    <ConfirmationModal
      body={t('general:changesNotSaved')}
      cancelLabel={t('general:stayOnThisPage')}
      confirmLabel={t('general:leaveAnyway')}
      heading={t('general:leaveWithoutSaving')}
      modalSlug={modalSlug}
      onConfirm={() => {
        closeModal(modalSlug)
        if (!chosen.current) return
        const url = new URL(window.location.href)
        url.searchParams.set('locale', chosen.current)
        router.push(`${url.pathname}${url.search}`)
      }}
    />
  )
}
