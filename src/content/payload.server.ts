import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The site reads through Payload's local API: no HTTP hop between the pages and the database. */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
