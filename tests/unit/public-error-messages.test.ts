import { describe, expect, it } from '@jest/globals'
import type { AfterErrorHookArgs } from 'payload'

import { keepPublicErrorMessages } from '../../collections/hooks/keepPublicErrorMessages'

/** An error as a second copy of Payload's `APIError` class looks to the route: no name, but public. */
function foreignApiError(message: string, data: unknown, isPublic: boolean): Error {
  const error = new Error(message) as Error & { data: unknown; isPublic: boolean; status: number }
  error.name = ''
  error.data = data
  error.isPublic = isPublic
  error.status = 403
  return error
}

const run = (error: Error, message: string) =>
  keepPublicErrorMessages({ error, result: { errors: [{ message }] } } as unknown as AfterErrorHookArgs)

describe('a refusal keeps its reason in the REST answer, whichever bundle started Payload', () => {
  it('answers a public error with its own message and data where Payload said “An unknown error occurred.”', () => {
    const error = foreignApiError('Translators cannot publish.', { rule: 'translatorMayNotPublish' }, true)
    expect(run(error, 'An unknown error occurred.')).toEqual({
      response: {
        errors: [
          { name: 'APIError', message: 'Translators cannot publish.', data: { rule: 'translatorMayNotPublish' } },
        ],
      },
    })
  })

  it('names a validation error’s answer as such, so the form still marks its fields', () => {
    const data = { errors: [{ path: 'title', message: 'Required' }] }
    expect(
      run(foreignApiError('The following field is invalid: title', data, true), 'An unknown error occurred.'),
    ).toEqual({
      response: { errors: [{ name: 'ValidationError', message: 'The following field is invalid: title', data }] },
    })
  })

  it('leaves Payload’s answer alone for an error that is not public, or that Payload already recognised', () => {
    expect(run(foreignApiError('database path /srv/x', null, false), 'An unknown error occurred.')).toBeUndefined()
    expect(
      run(foreignApiError('Translators cannot publish.', null, true), 'Translators cannot publish.'),
    ).toBeUndefined()
  })
})
