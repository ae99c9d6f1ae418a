'use client'

import type { AcceptedLanguages } from '@payloadcms/translations'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useRef } from 'react'

type Account = { id: number | string; adminLanguage?: string | null }

/**
 * Keeps the interface language on the account (README: "each user can choose in their account").
 * Payload 3.90 keeps it only in a per-browser cookie (`payload-lng`, set by the language switch on
 * the account page), so this provider, around the whole admin:
 * - when a user appears (sign-in, or a page load), switches the admin to the account's
 *   `adminLanguage` if the browser speaks another one (sign-in also sends the cookie:
 *   collections/hooks/startWhereTheUserWorks.ts);
 * - afterwards, when the user picks another language with Payload's switch, saves it on the
 *   account (`PATCH /api/users/:id`), so their next browser opens in it too.
 * An account with no language saved yet keeps following the browser until the user picks one.
 */
export function AccountLanguage({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const { i18n, switchLanguage, languageOptions } = useTranslation()
  const { config } = useConfig()
  const applied = useRef<string | null>(null)
  const switching = useRef<string | null>(null)
  const onAccount = useRef<string | null>(null)
  const account = user as Account | null
  const language = i18n.language
  const saved = account?.adminLanguage ?? null
  const id = account ? String(account.id) : null

  useEffect(() => {
    if (!id) {
      applied.current = null
      return
    }
    const offered = (code: string | null) => Boolean(code && languageOptions.some((option) => option.value === code))
    if (applied.current !== id) {
      applied.current = id
      // What the session starts in counts as chosen: only a later switch is saved.
      onAccount.current = saved ?? language
      if (saved && offered(saved) && saved !== language && switchLanguage) {
        switching.current = saved
        void switchLanguage(saved as AcceptedLanguages)
        return
      }
    }
    if (switching.current) {
      if (language !== switching.current) return
      switching.current = null
    }
    if (language === onAccount.current || !offered(language)) return
    onAccount.current = language
    const save = async () => {
      const response = await fetch(`${config.serverURL}${config.routes.api}/users/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ adminLanguage: language }),
      })
      if (!response.ok) onAccount.current = null
    }
    void save().catch(() => undefined)
  }, [id, saved, language, languageOptions, switchLanguage, config.serverURL, config.routes.api])

  return <>{children}</>
}
