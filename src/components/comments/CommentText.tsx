import { linksInLine } from '@/comments/links'
import { CommentParagraphs } from './CommentParagraphs'

/**
 * A published comment: the reader's words exactly as typed, and web addresses made into links
 * that pass no ranking and open no door to this page. Rendered on the server only.
 */
export function CommentText({ text }: { text: string }) {
  return <CommentParagraphs text={text} line={(value) => <Linked line={value} />} />
}

function Linked({ line }: { line: string }) {
  const links = linksInLine(line)
  if (links.length === 0) return <>{line}</>
  const parts: React.ReactNode[] = []
  let cursor = 0
  for (const link of links) {
    if (link.start > cursor) parts.push(line.slice(cursor, link.start))
    parts.push(
      <a key={link.start} href={link.href} rel="nofollow ugc noopener" target="_blank">
        {link.value}
      </a>,
    )
    cursor = link.end
  }
  if (cursor < line.length) parts.push(line.slice(cursor))
  return <>{parts}</>
}
