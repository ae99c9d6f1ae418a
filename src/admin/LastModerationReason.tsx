import type { DefaultServerCellComponentProps } from 'payload'

type Decision = { reason?: string | null }

/**
 * The comments list's "Reason given" column: the reason typed with the latest moderation decision
 * (the last entry of the comment's moderation history, where `recordModeration` stores it), empty
 * when that decision had none. Moderators and admins only: others cannot read the history.
 */
export function LastModerationReason({ rowData }: DefaultServerCellComponentProps) {
  const history = (rowData?.moderation ?? []) as Decision[]
  const reason = history.at(-1)?.reason
  return reason ? <span className="last-moderation-reason">{reason}</span> : null
}
