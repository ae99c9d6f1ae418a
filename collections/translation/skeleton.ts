import { lexicalToPlainText } from '@/content/plainText'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }
type LexicalValue = { root?: LexicalNode }

/** Nodes that carry no words of their own and are kept whole: blocks (the pull quote), images, rules. */
const keptWhole = new Set(['block', 'upload', 'relationship', 'horizontalrule'])

function hollow(node: LexicalNode): LexicalNode {
  if (keptWhole.has(node.type ?? '')) return structuredClone(node)
  const { children, ...rest } = node
  // A list keeps its items (each empty); every other element keeps its kind and settings, not its words.
  const kept = node.type === 'list' ? (children ?? []).filter((child) => child.type === 'listitem').map(hollow) : []
  return { ...structuredClone(rest), children: kept }
}

/**
 * The structure of a source body with its words taken out, for a translation that has none yet
 * (WPML's and wagtail-localize's translation editors: every segment of the source in place, the
 * target empty until translated). Top-level nodes keep their kind and settings (heading level,
 * list kind, alignment, indent); pull-quote blocks, images and rules are copied whole (their
 * words live in the quote and image records, translated there); text, links and line breaks are
 * dropped, so no word of the source language can reach a reader of the translation.
 * Returns null when the source has no body. The value is a Lexical editor state (JSON).
 */
export function bodySkeleton(sourceBody: unknown): LexicalValue | null {
  const root = (sourceBody as LexicalValue | null)?.root
  if (!root?.children?.length) return null
  return { root: { ...structuredClone({ ...root, children: undefined }), children: root.children.map(hollow) } }
}

/** True when a Lexical body has no nodes at all (never written, or cleared): nothing to keep. */
export function isEmptyBody(body: unknown): boolean {
  const root = (body as LexicalValue | null)?.root
  if (!root?.children?.length) return true
  return root.children.every(
    (node) => !keptWhole.has(node.type ?? '') && !node.children?.length && !(node.text ?? '').trim(),
  )
}

/**
 * True when a body is only structure: blocks or empty paragraphs, not one word. That is what a
 * new translation starts from (`bodySkeleton`), and it is not a translation of a body with words.
 */
export function isSkeletonOnly(body: unknown): boolean {
  const root = (body as LexicalValue | null)?.root
  return Boolean(root?.children?.length) && !lexicalToPlainText(body).trim()
}
