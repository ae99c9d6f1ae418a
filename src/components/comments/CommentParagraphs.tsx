import { Fragment, type ReactNode } from 'react'

/**
 * A reader's words exactly as typed: React escapes every character; blank lines make paragraphs
 * and single line breaks are kept. `line` decides how one line is shown (plain by default).
 * Kept free of dependencies: the comment form ships it to the browser.
 */
export function CommentParagraphs({
  text,
  line = (value) => value,
}: {
  text: string
  line?: (value: string) => ReactNode
}) {
  return (
    <div className="comment__body">
      {text.split(/\n{2,}/).map((paragraph, p) => (
        <p key={p}>
          {paragraph.split('\n').map((value, l) => (
            <Fragment key={l}>
              {l > 0 && <br />}
              {line(value)}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  )
}
