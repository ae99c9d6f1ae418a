type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The words of a Lexical body, paragraph by paragraph: for search, feeds and descriptions. */
export function lexicalToPlainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const paragraphs: string[] = []
  const walk = (node: LexicalNode, into: string[]) => {
    if (typeof node.text === 'string') into.push(node.text)
    node.children?.forEach((child) => walk(child, into))
  }
  for (const block of root.children ?? []) {
    const words: string[] = []
    walk(block, words)
    if (words.length) paragraphs.push(words.join(''))
  }
  return paragraphs.join('\n\n')
}
