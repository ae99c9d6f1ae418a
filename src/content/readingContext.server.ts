import 'server-only'

import { draftMode } from 'next/headers'

import { payloadClient } from './payload.server'
import type { ReadingContext } from './readingContext'

/** The reading context of the current request: draft when Next's draft mode is on (a staff preview). */
export async function requestReadingContext(): Promise<ReadingContext> {
  const { isEnabled } = await draftMode()
  return { payload: await payloadClient(), draft: isEnabled }
}
