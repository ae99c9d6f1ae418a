import { describe, expect, it } from '@jest/globals'

import { slugFromTitle } from '@/content/slug'

describe('slugs made from headlines', () => {
  it.each([
    ['English', 'Altai Nations Forge Stronger Ties!', 'altai-nations-forge-stronger-ties'],
    ['Russian', 'Страны Алтая укрепляют связи', 'strany-altaya-ukreplyayut-svyazi'],
    [
      'Kazakh letters ә ғ қ ң ө ұ ү һ і',
      'Әлем ғылымы қоңыр өзен ұлы үкімет һәм іні',
      'alem-ghylymy-qongyr-ozen-uly-ukimet-ham-ini',
    ],
    ['Mongolian letters ө ү', 'Өвөр Монгол Үндэсний бага хурал', 'ovor-mongol-undesniy-baga-hural'],
    [
      'Chinese as pinyin',
      '阿尔泰国家在新疆会议上加强联系',
      'a-er-tai-guo-jia-zai-xin-jiang-hui-yi-shang-jia-qiang-lian-xi',
    ],
    ['mixed scripts and numbers', '2025 年 Altai 论坛', '2025-nian-altai-lun-tan'],
  ])('transliterates %s', (_language, title, slug) => {
    expect(slugFromTitle(title)).toBe(slug)
  })

  it('keeps only lower-case Latin letters, digits and single hyphens', () => {
    for (const title of [
      '<script>alert(1)</script>',
      '  --Hello//World--  ',
      'Ёлка & «кавычки» — тире',
      'Ｆｕｌｌ　ｗｉｄｔｈ',
    ]) {
      expect(slugFromTitle(title)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/)
    }
  })

  it('cuts a long headline at a word boundary', () => {
    const slug = slugFromTitle('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((part) => part === 'word')).toBe(true)
  })

  it('gives the same slug when applied twice', () => {
    for (const title of ['Алтай елдері', '阿尔泰', 'Altai Forum 2025']) {
      expect(slugFromTitle(slugFromTitle(title))).toBe(slugFromTitle(title))
    }
  })
})
