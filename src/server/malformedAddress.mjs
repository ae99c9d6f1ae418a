// An address whose percent-encoding is not valid UTF-8 names no page. Next fails to decode it
// and answers 500; here it gets the answer for a page that does not exist: the API a 400 in
// JSON, everything else the site's 404, in the language of its first segment when it has one.
const locale = /^\/(en|zh|ru|kk|mn)(?:\/|$)/

/**
 * Rewrites or answers a request with a malformed path. Returns true when it has answered.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function answerMalformedAddress(request, response) {
  const url = request.url ?? '/'
  const cut = url.indexOf('?')
  const pathname = cut < 0 ? url : url.slice(0, cut)
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    if (pathname.startsWith('/api/')) {
      response.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' })
      response.end(JSON.stringify({ errors: [{ message: 'The address is not valid UTF-8.' }] }))
      return true
    }
    request.url = `${locale.exec(pathname)?.[0].replace(/\/$/, '') ?? ''}/malformed-address`
    return false
  }
}
