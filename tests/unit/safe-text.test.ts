import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { SaxesParser } from 'saxes'

import { firstForbiddenCharacter, jsonLdForScript, textForXml } from '@/content/safeText'

/** True when a real XML parser accepts `text` as the content of an element. */
function parsesAsXmlText(text: string): boolean {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const parser = new SaxesParser()
  let valid = true
  parser.on('error', () => {
    valid = false
  })
  parser.write(`<title>${escaped}</title>`).close()
  return valid
}

const controls = [...Array(0x20).keys(), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].map((code) =>
  String.fromCharCode(code),
)

describe('text that reaches XML and JSON-LD', () => {
  it('drops every C0 and C1 control except tab, newline and carriage return, and a real XML parser accepts the result', () => {
    for (const control of controls) {
      const title = `Алтай${control}форум`
      const clean = textForXml(title)
      expect(parsesAsXmlText(clean)).toBe(true)
      if (control === '\t' || control === '\n' || control === '\r') expect(clean).toBe(title)
      else expect(clean).not.toContain(control)
    }
  })

  it('turns a word processor’s line break (U+000B) into a space, so the words stay apart', () => {
    expect(textForXml('Altai\u000Bforum')).toBe('Altai forum')
  })

  it('drops lone surrogates and U+FFFE/U+FFFF but keeps emoji, Kazakh, Mongolian and Chinese text whole', () => {
    expect(textForXml('a\uD800b\uDC00c\uFFFEd\uFFFF')).toBe('abcd')
    const kept = 'Қазақ әліпбиі · Өвөр Монгол · 阿尔泰 · 🏔️ · «кавычки» & <b>'
    expect(textForXml(kept)).toBe(kept)
  })

  it('for any string, the result is valid XML text (property-based)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(parsesAsXmlText(textForXml(text))).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('names the first invisible character, for the message an editor sees', () => {
    expect(firstForbiddenCharacter('Altai\u000Bforum')).toBe('U+000B')
    expect(firstForbiddenCharacter('Altai\u0085forum')).toBe('U+0085')
    expect(firstForbiddenCharacter('Алтай\tфорум\n')).toBeNull()
  })

  it('JSON-LD cannot close its script tag, stays parseable, and carries no control characters', () => {
    const data = { headline: 'A </script><script>alert(1)</script> \u000B headline', description: 'x\u2028y <!-- z' }
    const json = jsonLdForScript(data)
    expect(json).not.toMatch(/<|>|\u2028|\u000B/)
    expect(JSON.parse(json)).toEqual({
      headline: 'A </script><script>alert(1)</script>   headline',
      description: 'x\u2028y <!-- z',
    })
  })
})
