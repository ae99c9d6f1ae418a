/**
 * The `admin.components.edit` entries every localized collection (articles, quotes, organizations,
 * media) shares: before the document controls, inside the edit form, the guard that asks before
 * the language menu discards unsaved changes (`src/admin/LocaleSwitchGuard.tsx`).
 */
export const localizedEditComponents = {
  beforeDocumentControls: ['/src/admin/LocaleSwitchGuard#LocaleSwitchGuard'],
}
