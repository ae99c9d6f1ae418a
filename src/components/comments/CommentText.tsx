import * as linkify from 'linkifyjs'
import { Fragment } from 'react'

/**
 * A reader's words exactly as typed: React escapes every character, line breaks are kept, and
 * web addresses become links that pass no ranking and open no door to this page.
 */
export function CommentText({ text }: { text: string }) {
  return (
    <div className="comment__body">
      {text.split(/\n{2,}/).map((paragraph, p) => (
        <p key={p}>
          {paragraph.split('\n').map((line, l) => (
            <Fragment key={l}>
              {l > 0 && <br />}
              <Linked line={line} />
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  )
}

function Linked({ line }: { line: string }) {
  const links = linkify.find(line, 'url').filter((link) => /^https?:\/\//i.test(link.href))
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
