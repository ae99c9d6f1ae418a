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
