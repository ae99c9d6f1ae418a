import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Payload } from 'payload'

import { documentIdFrom } from '@/comments/documentId'

// Only the adapter's id type is read: SQLite ('number') or MongoDB ('text').
const sqlite = { db: { defaultIDType: 'number' } } as unknown as Payload
const mongodb = { db: { defaultIDType: 'text' } } as unknown as Payload

describe('document ids a reader’s page could have sent', () => {
  it('takes a SQLite id as a positive integer or its plain decimal digits, and nothing that merely converts to one', () => {
    expect([42, '42', '9007199254740991'].map((raw) => documentIdFrom(sqlite, raw))).toEqual([42, 42, 9007199254740991])
    for (const raw of [
      '0x2a',
      '042',
      '+42',
      ' 42',
      '42 ',
      '4.2e1',
      '42.0',
      '٤٢',
      '４２',
      '0',
      '-1',
      '9007199254740993',
      42.5,
      0,
      -3,
      Number.NaN,
      Infinity,
      true,
      null,
      undefined,
      [42],
      { id: 42 },
      '',
    ]) {
      expect({ raw, id: documentIdFrom(sqlite, raw) }).toEqual({ raw, id: null })
    }
  })

  it('round-trips every SQLite id the database can hand out, as a number and as text (property-based)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (id) => {
        expect(documentIdFrom(sqlite, id)).toBe(id)
        expect(documentIdFrom(sqlite, String(id))).toBe(id)
      }),
    )
  })

  it('takes a MongoDB id only as 24 lowercase hex digits', () => {
    expect(documentIdFrom(mongodb, '65f1c0ffee0123456789abcd')).toBe('65f1c0ffee0123456789abcd')
    for (const raw of [
      '65F1C0FFEE0123456789ABCD',
      '65f1c0ffee0123456789abc',
      ' 65f1c0ffee0123456789abcd',
      42,
      '42',
      { $oid: '65f1c0ffee0123456789abcd' },
    ]) {
      expect({ raw, id: documentIdFrom(mongodb, raw) }).toEqual({ raw, id: null })
    }
  })
})
