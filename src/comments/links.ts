import * as linkify from 'linkifyjs'

/** One web address in a line of a comment: `start`/`end` are UTF-16 offsets into that line. */
export type CommentLink = { start: number; end: number; value: string; href: string }

/**
 * The web addresses a published comment shows as links, for one line of its text: what linkify
 * recognises as a URL (with or without a scheme: `example.kz/news`, `www.example.mn`, IDN hosts),
 * kept only when it opens over http or https. Email addresses, `mailto:`, `ftp:` and words linkify
 * does not know as hosts stay plain text. The renderer (`CommentText`) and the link limit
 * (`countLinks`) both call this, so the limit counts exactly the links a reader will see.
 */
export function linksInLine(line: string): CommentLink[] {
  return linkify
    .find(line, 'url')
    .filter((link) => /^https?:\/\//i.test(link.href))
    .map(({ start, end, value, href }) => ({ start, end, value, href }))
}

/** How many links a comment's text will show once published: `linksInLine` over every line. */
export function countLinks(text: string): number {
  return text.split('\n').reduce((total, line) => total + linksInLine(line).length, 0)
}
