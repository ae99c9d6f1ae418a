import { randomBytes } from 'node:crypto'

/** Builds the Lexical JSON Payload stores for a body made of paragraphs and embedded pull quotes. */
export type BodyPart = { type: 'paragraph'; text: string } | { type: 'pullQuote'; quoteId: number | string }

export function lexicalBody(parts: BodyPart[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: parts.map((part) =>
        part.type === 'paragraph'
          ? {
              type: 'paragraph',
              format: '' as const,
              indent: 0,
              version: 1,
              direction: 'ltr' as const,
              textFormat: 0,
              textStyle: '',
              children: [
                { type: 'text', text: part.text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
              ],
            }
          : {
              type: 'block',
              format: '' as const,
              version: 2,
              fields: {
                id: randomBytes(12).toString('hex'),
                blockName: '',
                blockType: 'pullQuote',
                quote: part.quoteId,
              },
            },
      ),
    },
  }
}
