// Finds what to measure the way a reader would: from each language's front page and the article page.
export const locales = ['en', 'zh', 'ru', 'kk', 'mn']

async function html(url) {
  const response = await fetch(url)
  const text = await response.text()
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return text
}

/** The first article linked from the front page of each language, its id, and an organization page. */
export async function discoverPages(base) {
  const articles = {}
  for (const locale of locales) {
    const front = await html(`${base}/${locale}`)
    const slug = new RegExp(`href="/${locale}/articles/([a-z0-9-]+)"`).exec(front)?.[1]
    if (!slug) throw new Error(`no article linked from ${base}/${locale}: is the story seeded and published in ${locale}?`)
    articles[locale] = `/${locale}/articles/${slug}`
  }
  const enArticle = await html(`${base}${articles.en}`)
  const articleId = Number(/name="articleId" value="(\d+)"/.exec(enArticle)?.[1])
  if (!articleId) throw new Error(`no comment form (articleId) on ${base}${articles.en}`)
  const organization = /href="(\/en\/organizations\/[a-z0-9-]+)"/.exec(enArticle)?.[1] ?? null
  return { articles, articleId, front: '/en', organization }
}
