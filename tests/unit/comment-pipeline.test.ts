import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import {
  checkNames,
  formClock,
  honeypot,
  links,
  runSpamChecks,
  spamChecks,
  type Submission,
  wordLists,
} from '@/comments/checks'
import { formerHoneypotField, honeypotField } from '@/comments/rules'
import { formClockToken } from '@/comments/signing'

/** A Kazakh reader's valid submission as the checks see it; the pure checks below never touch the database. */
function aSubmission(overrides: Partial<Omit<Submission, 'verdicts'>> = {}): Omit<Submission, 'verdicts'> {
  const now = Date.UTC(2026, 10, 30, 12)
  return {
    payload: undefined as unknown as Payload,
    input: {
      name: 'Айгүл',
      email: 'aigul@example.kz',
      website: '',
      body: 'Өте пайдалы мақала, рақмет!',
      language: 'kk',
      notify: false,
    },
    fields: { [honeypotField]: '' },
    article: { id: 1, slug: 'altai' },
    pageLocale: 'kk',
    rules: { banned: ['казино'], suspect: ['жеңілдік'], perIpPer10Minutes: 5, perEmailPerHour: 10 },
    ipHash: 'hash',
    userAgent: 'jest',
    openedToken: formClockToken(now - 60_000),
    submissionKey: 'key',
    now,
    ...overrides,
  }
}

describe('the comment pipeline', () => {
  it('runs its named checks in decision 004’s order, and the decision lists them in that order', () => {
    expect(spamChecks.map((check) => check.name)).toEqual([
      'honeypot',
      'formClock',
      'rateLimit',
      'repeatOrDuplicate',
      'links',
      'wordLists',
      'akismet',
    ])
    expect(spamChecks.map((check) => check.name)).toEqual([...checkNames])
    const decision = readFileSync('docs/decisions/004-comments-through-a-service.md', 'utf8')
    const positions = checkNames.map((name) => decision.indexOf(`\`${name}\``))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('stores every check’s verdict by name, in order, with the overall verdict: a suspect word only flags, a second link too', async () => {
    const result = await runSpamChecks(
      aSubmission({ input: { ...aSubmission().input, body: 'Үлкен жеңілдік! https://a.example https://b.example' } }),
      [honeypot, formClock, links, wordLists],
    )
    expect(result).toEqual({
      status: 'pending',
      flagged: true,
      spamSignals: {
        honeypot: 'empty',
        secondsToWrite: 60,
        links: 2,
        words: { banned: [], suspect: ['жеңілдік'] },
        mixedScript: [],
        verdicts: { honeypot: 'pass', formClock: 'pass', links: 'flag', wordLists: 'flag' },
        verdict: 'pending, flagged',
      },
    })
    if ('stop' in result) return
    expect(Object.keys(result.spamSignals.verdicts as object)).toEqual(['honeypot', 'formClock', 'links', 'wordLists'])
  })

  it('calls a filled honeypot, a form sent within seconds or without its clock, and a banned word spam', async () => {
    const spamOf = async (submission: Omit<Submission, 'verdicts'>) => {
      const result = await runSpamChecks(submission, [honeypot, formClock, wordLists])
      return 'stop' in result ? null : result.status
    }
    expect(await spamOf(aSubmission())).toBe('pending')
    expect(await spamOf(aSubmission({ fields: { [honeypotField]: 'Best Deals LLC' } }))).toBe('spam')
    expect(await spamOf(aSubmission({ openedToken: formClockToken(aSubmission().now - 1_000) }))).toBe('spam')
    expect(await spamOf(aSubmission({ openedToken: undefined }))).toBe('spam')
    expect(await spamOf(aSubmission({ input: { ...aSubmission().input, body: 'Онлайн КАЗИНО осында' } }))).toBe('spam')
  })

  it('only flags the former honeypot name, which browsers’ autofill used to fill for real readers', async () => {
    const outcome = await honeypot.run({
      ...aSubmission(),
      fields: { [formerHoneypotField]: 'Altai Media' },
      verdicts: {},
    })
    expect(outcome).toMatchObject({ verdict: 'flag' })
  })
})
