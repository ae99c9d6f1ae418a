/** Limits a reader's comment must meet; the form and the server use the same numbers. */
export const commentLimits = {
  nameMax: 80,
  emailMax: 254,
  websiteMax: 200,
  bodyMin: 3,
  bodyMax: 5000,
  maxLinks: 3,
  /** Replies nest this deep; a reply to the deepest level joins that level. */
  depthLimit: 3,
  /** A form sent sooner than this after the page was opened is a bot's. */
  minSecondsToWrite: 3,
  /** The same text on the same article within this window is a duplicate. */
  duplicateWindowMinutes: 60,
} as const

export type CommentField = 'name' | 'email' | 'website' | 'body' | 'language' | 'form'
