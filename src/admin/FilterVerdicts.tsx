import type { DefaultServerCellComponentProps } from 'payload'

import { spamVerdictWords, storedVerdicts } from './spamChecks'

/**
 * The comments list's "Flagged by the filters" column: which checks did not let the comment
 * through, and what they said ("Time spent writing: spam"), from its stored spam checks; empty when
 * every check passed. A moderator reads why a comment sits under Spam or is flagged without
 * opening it. Moderators and admins only, as the field itself (`flagged`, `spamSignals`).
 */
export function FilterVerdicts({ rowData, i18n }: DefaultServerCellComponentProps) {
  const say = (key: string) => (i18n.t as (key: string) => string)(`newsroom:${key}`)
  const raised = storedVerdicts(rowData?.spamSignals).filter(([, , verdict]) => verdict !== 'pass')
  if (raised.length === 0) return null
  return (
    <span className="filter-verdicts">
      {raised.map(([check, message, verdict], index) => (
        <span key={check} data-check={check} data-verdict={verdict}>
          {index > 0 && '; '}
          {say(message)}: {spamVerdictWords[verdict] ? say(spamVerdictWords[verdict]) : verdict}
        </span>
      ))}
    </span>
  )
}
