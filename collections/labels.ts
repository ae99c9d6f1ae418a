/** Admin-panel labels in every language the admin speaks; English is the fallback Payload shows. */
export type AdminLabel = { en: string; zh: string; ru: string; kk: string; mn: string }

export const label = (text: AdminLabel): AdminLabel => text
