import type { ReactNode } from 'react'

/**
 * A form folded under a `<details>` summary (reply, report), or shown as is when `summary` is
 * undefined. `open` unfolds it: a form posted without JavaScript comes back in a new page, and
 * its answer (an error by a field, a thank-you) must be visible there (decision 013).
 */
export function Disclosure({
  summary,
  open,
  children,
}: {
  summary: string | undefined
  open: boolean
  children: ReactNode
}) {
  if (summary === undefined) return <>{children}</>
  return (
    <details open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  )
}
