import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { docAccessOperation, type ServerFunction } from 'payload'

import { isTranslatorOnly } from '../../collections/access/translatorLocales'
import { newsroomMessage } from '@/i18n/admin/newsroom'

/**
 * The admin's "schedule-publish" server function, refused to anyone who may not publish the
 * document. Payload's own handler queues the `schedulePublish` job (and deletes scheduled ones)
 * with no check beyond admin access; the job later runs as the scheduling user and fails in the
 * queue when that user may not publish ("Scheduled successfully", then nothing). Here a translator
 * is answered `{ error }` in their admin language (`newsroom:translatorMayNotSchedule`), anyone
 * else without publish access (the access rule asked with `_status: 'published'`) with Payload's
 * own "not allowed" text; everyone else gets Payload's handler unchanged.
 */
export const schedulePublishForPublishers: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req, doc } = args
  if (isTranslatorOnly(req.user)) return { error: newsroomMessage(req, 'translatorMayNotSchedule') }
  const collection = doc ? req.payload.collections[doc.relationTo] : undefined
  if (collection && doc) {
    const permissions = await docAccessOperation({ id: doc.value, collection, data: { _status: 'published' }, req })
    if (!permissions.update) return { error: req.t('error:notAllowedToPerformAction') }
  }
  return schedulePublishHandler(args)
}

/** Server functions the admin layout registers over Payload's own (handleServerFunctions `serverFunctions`). */
export const newsroomServerFunctions = { 'schedule-publish': schedulePublishForPublishers } as Record<
  string,
  ServerFunction
>
