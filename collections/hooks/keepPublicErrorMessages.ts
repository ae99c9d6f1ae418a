import type { AfterErrorHook } from 'payload'

/** Payload's `formatErrors` answer for an error it does not recognise. */
const UNKNOWN = 'An unknown error occurred.'

/**
 * Keeps a public error's own message (our refusals: `new APIError(message, 4xx, data, true)`) in a
 * REST answer. Payload keeps one instance per process (`getPayload`'s global cache), made by the
 * bundle that asked first, the admin page or the API route; each bundle has its own copy of
 * Payload's error classes. When the admin page made it, a hook's `APIError` is not an `instanceof`
 * the API route's copy, the minified class has no `name`, and `formatErrors` answers "An unknown
 * error occurred." (in English, whatever the admin language): seen as a translator's refusal losing
 * its reason when a browser reached the admin before any API call after a restart. This answers
 * with the error's message and data instead, only for an error marked public, and only where
 * Payload's answer was that generic one. Returns nothing (Payload's answer stands) otherwise.
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  const raised = error as Error & { isPublic?: boolean; data?: { errors?: unknown[] } | null }
  if (raised.isPublic !== true || !raised.message) return
  const errors = result?.errors as { message?: string }[] | undefined
  if (!errors || errors.length !== 1 || errors[0]?.message !== UNKNOWN) return
  const name = Array.isArray(raised.data?.errors) ? 'ValidationError' : 'APIError'
  return { response: { errors: [{ name, message: raised.message, ...(raised.data ? { data: raised.data } : {}) }] } }
}
