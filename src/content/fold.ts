/**
 * The folded form of a text for case-insensitive search: the one function that decides it, used for
 * the stored copies (`searchText`, the `folded` fields) and for every query value compared with them.
 *
 * Steps: Unicode NFKC (full-width "Ｆｕｌｌ" → "full", composed and decomposed "é" agree), then full
 * case mapping upper then lower (Cyrillic incl. Kazakh ә ғ қ ң ө ұ ү һ і and Mongolian ө ү, Greek,
 * Latin with diacritics), "ß" and "ẞ" → "ss", final sigma "ς" → "σ", "İ" → "i", and NFC again. Scripts without
 * case (Chinese) pass unchanged. Diacritics are kept: "е" and "ё", "o" and "ö" stay different letters.
 * Locale-independent on purpose: the same text folds the same way whatever the reader's language.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/ß/g, 'ss')
    .replace(/i\u0307/g, 'i')
    .normalize('NFC')
}
