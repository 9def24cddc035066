package io.github.debatestance.nlp.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The names of the months and the days of the week, which the tagger marks as proper nouns but
 * which date a phrase rather than name anyone.
 */
final class CalendarWords {

  /** Months and weekdays, lower-cased. */
  static final Set<String> MONTHS_AND_DAYS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private CalendarWords() {}

  /** Whether the word, in any case, is a month's or a weekday's name. */
  static boolean isMonthOrDay(String word) {
    return MONTHS_AND_DAYS.contains(word.toLowerCase(Locale.ROOT));
  }
}
