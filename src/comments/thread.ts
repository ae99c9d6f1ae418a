import type { Locale } from '@/i18n/locales'
import type { DocumentId } from './documentId'

export type ThreadComment = {
  id: DocumentId
  parent: DocumentId | null
  language: string
  createdAt: string
}

export type ThreadNode<T extends ThreadComment> = T & { replies: ThreadNode<T>[] }

/**
 * Approved comments as threads, oldest first. The content layer adds a placeholder for a parent
 * that is not public (`approvedComments`), so a reply keeps its place under "Comment removed";
 * a reply whose parent is not in `comments` at all starts its own thread rather than vanishing.
 */
export function buildThreads<T extends ThreadComment>(comments: T[]): ThreadNode<T>[] {
  const nodes = new Map<DocumentId, ThreadNode<T>>()
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  for (const comment of sorted) nodes.set(comment.id, { ...comment, replies: [] })
  const roots: ThreadNode<T>[] = []
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent) : undefined
    if (parent) parent.replies.push(node)
    else roots.push(node)
  }
  return roots
}

/** The reader's language first; the rest go under "Comments in other languages". */
export function splitByLanguage<T extends ThreadComment>(threads: ThreadNode<T>[], locale: Locale) {
  return {
    own: threads.filter((thread) => thread.language === locale),
    others: threads.filter((thread) => thread.language !== locale),
  }
}
