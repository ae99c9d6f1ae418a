import type { Payload } from 'payload'

import type { DocumentId } from '@/comments/documentId'
import { honeypotField } from '@/comments/rules'
import { formClockToken } from '@/comments/signing'
import { type SubmissionRequest, submitComment } from '@/comments/submitComment'

let reader = 0

/** A reader who opened the page a minute ago and writes a valid comment; override what a test needs. */
export function aReader(
  articleId: DocumentId,
  overrides: Partial<SubmissionRequest> & { fields?: Record<string, unknown> } = {},
): SubmissionRequest {
  reader += 1
  return {
    articleId,
    pageLocale: 'kk',
    ip: `10.0.${Math.floor(reader / 250)}.${reader % 250}`,
    userAgent: 'jest',
    openedToken: formClockToken(Date.now() - 60_000),
    ...overrides,
    fields: {
      name: `Оқырман ${reader}`,
      email: `reader${reader}@example.kz`,
      website: '',
      body: `Өте пайдалы мақала, рақмет! №${reader}`,
      language: 'kk',
      [honeypotField]: '',
      ...overrides.fields,
    },
  }
}

export const submit = (payload: Payload, request: SubmissionRequest) => submitComment(payload, request)
