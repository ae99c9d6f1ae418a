// @ts-check
// A page asked of Next from inside the server process, with no client on the other end: the
// reader edge uses it to fetch a language's 404 page (decision 013).
import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'

import { captureResponse } from './captureResponse.mjs'

/**
 * Runs Next's handler for a bodiless GET of `pathname` and captures the response (nothing is
 * written to any socket). The host and forwarding headers are copied from `like`, the reader's
 * request, so Next sees the same site; no cookie is sent, so the page is the public one.
 * @param {(req: IncomingMessage, res: ServerResponse) => Promise<void> | void} handle Next's request handler
 * @param {string} pathname e.g. `/kk/page-not-found`
 * @param {IncomingMessage} like the request being answered
 * @returns {Promise<import('./captureResponse.mjs').CapturedResponse>} rejects with the handler's error
 */
export function internalGet(handle, pathname, like) {
  const req = new IncomingMessage(new Socket())
  req.method = 'GET'
  req.url = pathname
  /** @type {Record<string, string>} */
  const headers = { accept: 'text/html' }
  for (const name of ['host', 'x-forwarded-for', 'x-forwarded-proto', 'accept-language']) {
    const value = like.headers[name]
    if (typeof value === 'string') headers[name] = value
  }
  req.headers = headers
  req.push(null)
  return captureResponse(handle, req, new ServerResponse(req))
}
