/** Admin-panel labels in every language the admin speaks; English is the fallback Payload shows. */
export type AdminLabel = { en: string; zh: string; ru: string; kk: string; mn: string }

export const label = (text: AdminLabel): AdminLabel => text

/** Admin sidebar groups, named once. */
export const groups = {
  newsroom: label({ en: 'Newsroom', zh: '编辑部', ru: 'Редакция', kk: 'Редакция', mn: 'Редакц' }),
  readers: label({ en: 'Readers', zh: '读者', ru: 'Читатели', kk: 'Оқырмандар', mn: 'Уншигчид' }),
}
