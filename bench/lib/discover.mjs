// Finds what to measure the way a reader would: each language's newest readable article and an organization page.
import { readableArticle } from '../../scripts/lib/story.mjs'

export const locales = ['en', 'zh', 'ru', 'kk', 'mn']

async function html(url) {
  const response = await fetch(url)
  const text = await response.text()
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return text
}

/**
 * Per language, the newest article a reader of that language can open (the one its front page
 * shows first: `readableArticle`); `articleId` is the Kazakh one, where the comment runs post
 * (POST /kk/comments refuses an article that cannot be read in Kazakh); an organization page.
 */
export async function discoverPages(base) {
  const articles = {}
  const ids = {}
  for (const locale of locales) {
    const article = await readableArticle(base, locale)
    articles[locale] = article.path
    ids[locale] = article.id
  }
  const enArticle = await html(`${base}${articles.en}`)
  const organization = /href="(\/en\/organizations\/[a-z0-9-]+)"/.exec(enArticle)?.[1] ?? null
  return { articles, articleId: ids.kk, front: '/en', organization }
}
