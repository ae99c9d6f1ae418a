import type { Metadata } from 'next'

import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import { headers as requestHeaders } from 'next/headers'
import { getRequestLanguage, parseCookies } from 'payload'

import { adminTitleSuffix } from '@/admin/newsroomName'

import { importMap } from '@/app/(payload)/admin/importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

/**
 * Payload's page metadata with the newsroom's name in the admin language at the end of the title
 * («Кіру · Алтай жаңалықтары»): the config's suffix is the default language's.
 */
export async function generateMetadata({ params, searchParams }: Args): Promise<Metadata> {
  const [metadata, headers, sanitized] = await Promise.all([
    generatePageMetadata({ config, params, searchParams }),
    requestHeaders(),
    config,
  ])
  const language = getRequestLanguage({ config: sanitized, cookies: parseCookies(headers), headers })
  const fallback = sanitized.admin.meta.titleSuffix ?? ''
  const suffix = adminTitleSuffix(language)
  const swap = (title: string) => (title.endsWith(fallback) ? title.slice(0, -fallback.length) + suffix : title)
  const title = metadata.title
  if (typeof title === 'string') return { ...metadata, title: swap(title) }
  if (title && 'absolute' in title && typeof title.absolute === 'string') {
    return { ...metadata, title: { ...title, absolute: swap(title.absolute) } }
  }
  return metadata
}

export default function AdminPage({ params, searchParams }: Args) {
  return RootPage({ config, params, searchParams, importMap })
}
