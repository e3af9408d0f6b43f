/**
 * Text normalization: {@link dev.kokoro.text.normalize.TextNormalizer} turns written text into the
 * words a careful reader says, in the request's language, as a pipeline of small rules (one per
 * written form: URLs, file names, e-mail, phone numbers, codes and PINs, flight numbers, sums,
 * dates, ranges, times, abbreviations, money, units, magnitudes such as "10k", percentages, scores,
 * fractions, ordinals, versions, model numbers, Roman numerals, years, numbers, acronyms, symbols).
 * Numbers, ordinals and years are spelled by ICU's rule-based number format in every language, in
 * the gender of the noun they count where the language has one. Each language's expected readings
 * are in its own table, {@code cases-<code>.tsv}, under the test resources.
 *
 * <p>Output conventions the G2P can rely on:
 * <ul>
 *   <li>Spelled acronyms are separate capital letters, "F B I", which a lexicon-based English G2P
 *       reads by letter name (misaki's lexicon has each capital letter); a plural is "C P U's".
 *       Acronyms said as words stay whole ("NASA"). "a.m."/"p.m." become "A M"/"P M".</li>
 *   <li>Punctuation is ASCII plus "—" and "…"; curly and CJK quotes and stops are mapped.</li>
 *   <li>Line breaks are kept (one "\n" per break); other whitespace is single spaces.</li>
 *   <li>Japanese and Chinese get no spaces between words; their numbers are in kanji/hanzi.</li>
 * </ul>
 */
package dev.kokoro.text.normalize;
