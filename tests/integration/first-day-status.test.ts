import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import { languageStates } from '../../collections/translation/languageStates'
import type { Locale } from '@/i18n/locales'
import { testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

type User = Awaited<ReturnType<typeof makeUser>>
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the newsroom’s first day: status line, names, where a session starts', () => {
  let payload: Payload
  let editor: User
  let kkTranslator: User

  const rows = async (id: number) =>
    Object.fromEntries(
      (await languageStates(payload, 'articles', id, { since: true })).map((row) => [row.locale, row]),
    ) as Record<Locale, Awaited<ReturnType<typeof languageStates>>[number]>

  beforeAll(async () => {
    payload = await testPayload({ base: 'empty' })
    editor = await makeUser(payload, 'editor')
    kkTranslator = await makeUser(payload, 'translator', { translatorLocales: ['kk', 'mn'] })
    await payload.update({ collection: 'users', id: editor.id, data: { name: 'Dana Editor' } })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('says per language what readers see and since when: a later English edit moves only English’s time', async () => {
    const asEditor = { overrideAccess: false, user: editor }
    const { id } = await payload.create({
      collection: 'articles',
      locale: 'en',
      ...asEditor,
      data: { title: 'Herders test solar pumps', sourceLocale: 'en', _status: 'published' },
    })
    await pause(20)
    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      ...asEditor,
      data: { title: 'Малшылар күн сорғысын сынады', _status: 'published' },
      publishSpecificLocale: 'kk',
    })
    const first = await rows(id)
    expect(first.en).toMatchObject({ state: 'source', live: true })
    expect(first.kk).toMatchObject({ state: 'published', live: true })
    expect(first.zh).toMatchObject({ state: 'missing', live: false, since: null })
    expect(Date.parse(String(first.kk.since))).toBeGreaterThan(Date.parse(String(first.en.since)))

    await pause(20)
    await payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      ...asEditor,
      data: { title: 'Herders test fifty solar pumps', _status: 'published' },
    })
    const second = await rows(id)
    expect(Date.parse(String(second.en.since))).toBeGreaterThan(Date.parse(String(first.kk.since)))
    // Kazakh readers still get the text they got before, since then; it is now outdated.
    expect(second.kk).toMatchObject({ state: 'outdated', live: true, since: first.kk.since })
  })

  it('names who saved each version, and lets a colleague read a name but never another’s email', async () => {
    const { id } = await payload.create({
      collection: 'articles',
      locale: 'en',
      overrideAccess: false,
      user: editor,
      data: { title: 'Who wrote this', sourceLocale: 'en' },
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      locale: 'kk',
      depth: 1,
      overrideAccess: false,
      user: kkTranslator,
    })
    expect(versions[0]?.version.lastEditedBy).toMatchObject({ id: editor.id, name: 'Dana Editor' })
    expect(versions[0]?.version.lastEditedBy).not.toHaveProperty('email')

    const colleague = await payload.findByID({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: kkTranslator,
    })
    expect(colleague.name).toBe('Dana Editor')
    expect(colleague.email).toBeUndefined()
    const self = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: false, user: editor })
    expect(self.email).toBe(editor.email)
    // Nor can the address be found by filtering on it.
    await expect(
      payload.find({
        collection: 'users',
        where: { email: { equals: editor.email } },
        overrideAccess: false,
        user: kkTranslator,
      }),
    ).rejects.toThrow()

    // A document lock, read as Payload's edit view reads it, names the person holding it.
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: editor.id } },
    })
    const { docs: locks } = await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: id } },
      depth: 1,
      overrideAccess: false,
      user: kkTranslator,
    })
    expect((locks[0]?.user.value as { name?: string }).name).toBe('Dana Editor')
  })

  it('starts each session in the user’s working language and sends the interface language saved on the account', async () => {
    const signIn = async (email: string) => {
      const req = await createLocalReq({}, payload)
      req.responseHeaders = new Headers()
      await payload.login({ collection: 'users', data: { email, password: 'correct horse battery staple' }, req })
      const { docs } = await payload.find({
        collection: 'payload-preferences',
        where: { key: { equals: 'locale' }, 'user.value': { equals: (await byEmail(email)).id } },
        depth: 0,
      })
      return { locale: docs[0]?.value, cookie: req.responseHeaders.get('set-cookie') }
    }
    const byEmail = async (email: string) =>
      (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0] as {
        id: number
      }

    // A translator opens in their first language, whatever the last session left there.
    expect((await signIn(kkTranslator.email)).locale).toBe('kk')
    await payload.update({
      collection: 'payload-preferences',
      where: { key: { equals: 'locale' }, 'user.value': { equals: kkTranslator.id } },
      data: { value: 'mn' },
    })
    expect((await signIn(kkTranslator.email)).locale).toBe('kk')

    // An editor opens in the language they write in (English when the account names none).
    expect((await signIn(editor.email)).locale).toBe('en')
    await payload.update({ collection: 'users', id: editor.id, data: { writesIn: 'ru', adminLanguage: 'kk' } })
    const editorSession = await signIn(editor.email)
    expect(editorSession.locale).toBe('ru')
    expect(editorSession.cookie).toContain('payload-lng=kk')
  })
})
