import { COMMENT_BODY_MAX } from './limits.mjs'

/** Limits a reader's comment must meet; the form and the server use the same numbers. */
export const commentLimits = {
  nameMax: 80,
  emailMax: 254,
  websiteMax: 200,
  bodyMin: 3,
  bodyMax: COMMENT_BODY_MAX,
  maxLinks: 3,
  /** Replies nest this deep; a reply to the deepest level joins that level. */
  depthLimit: 3,
  /** A form sent sooner than this after the page was opened is a bot's. */
  minSecondsToWrite: 3,
  /** The same text on the same article within this window is a duplicate. */
  duplicateWindowMinutes: 60,
} as const

/**
 * The honeypot field of the comment form: people never see it, bots fill it. Its name is one no
 * browser autofill or password manager recognises (they match names and labels such as company,
 * organization, address, name, email, url), so a real reader's browser leaves it empty.
 */
export const honeypotField = 'leave_this_empty'
/**
 * The honeypot's name until 30 Nov 2026. Autofill took it for a company field, so when filled it is
 * no proof of a bot: such a comment waits for a moderator, flagged. Pages served before the rename
 * still post it; drop this once no cached page can (a day after the deploy).
 */
export const formerHoneypotField = 'company'

export type CommentField = 'name' | 'email' | 'website' | 'body' | 'language' | 'form'
