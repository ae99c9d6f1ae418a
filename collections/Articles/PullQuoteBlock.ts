import type { Block } from 'payload'

import { label } from '../labels'

/** Embeds a quote in the body (one quote may be embedded in several stories); the site renders it as a pull quote. */
export const PullQuoteBlock: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: {
    singular: label({ en: 'Pull quote', zh: '引语', ru: 'Цитата', kk: 'Дәйексөз', mn: 'Ишлэл' }),
    plural: label({ en: 'Pull quotes', zh: '引语', ru: 'Цитаты', kk: 'Дәйексөздер', mn: 'Ишлэлүүд' }),
  },
  admin: {
    // The header names the embedded quote (its words and speaker) instead of a free "block name"
    // box, which read «Атаусыз» (Untitled) on every pull quote.
    disableBlockName: true,
    components: { Label: '/src/admin/PullQuoteLabel#PullQuoteLabel' },
  },
  fields: [
    {
      name: 'quote',
      type: 'relationship',
      relationTo: 'quotes',
      required: true,
      label: label({ en: 'Quote', zh: '引语', ru: 'Цитата', kk: 'Дәйексөз', mn: 'Ишлэл' }),
    },
  ],
}
