// @ts-check
// Limits shared by the comment rules (rules.ts) and the plain-Node request guards (src/server).

/** The longest comment body, in characters (as the form and the 413 message say). */
export const COMMENT_BODY_MAX = 5000
