/**
 * How the admin writes a date and time, in every admin language: date-fns' localized long date
 * and time (`PPPp`), which patches/@payloadcms+translations+3.90.2.patch sets per language to
 * that language's own order and a 24-hour clock (CLDR's long dates, as the public site's Intl dates):
 *   zh «2025年6月10日 14:00» · ru «10 июня 2025 г., 14:00» · kk «2025 ж. 10 маусым, 14:00» ·
 *   mn «2025 оны 6-р сарын 10, 14:00» · en «June 10th, 2025 at 2:00 PM» (date-fns' en-US).
 * Used by `admin.dateFormat` (lists, versions, document controls) and by every date field's picker.
 */
export const adminDateTimeFormat = 'PPPp'

/** A date field's `admin.date`: a day-and-time picker that shows and lists times as above. */
export const adminDatePicker = {
  pickerAppearance: 'dayAndTime',
  displayFormat: adminDateTimeFormat,
  timeFormat: 'p',
} as const

/** A time of day alone, in the admin language's clock (24-hour outside English, as above). */
export const adminTimeFormat = 'p'

/**
 * The pattern for a moment the admin names in a line of text (the status line's "live 11:02"):
 * the time alone when it falls on the viewer's today, the long date and time otherwise. Both are
 * read in the viewer's time zone (the browser's, as Payload's own lists and document controls).
 * @param moment the moment to name; `now` the viewer's present (defaults to the clock)
 */
export function adminMomentFormat(moment: Date, now: Date = new Date()): string {
  return moment.toDateString() === now.toDateString() ? adminTimeFormat : adminDateTimeFormat
}
