package io.github.debatestance.core.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.Stance;
import java.util.Locale;

/**
 * The small vocabulary every part of a report writes with: escaped text, numbers in a fixed
 * locale, and the CSS classes of stances and relation types.
 *
 * <p>Stateless and thread-safe.
 */
final class Markup {

  // Escapes &, <, >, " and ', so one escaper serves both element text and quoted attributes.
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private Markup() {}

  /** The text, safe inside an element or a double-quoted attribute. */
  static String escape(String text) {
    return ESCAPER.escape(text);
  }

  /** A probability with two decimals, whatever the default locale ("0.75", never "0,75"). */
  static String confidence(double p) {
    return String.format(Locale.ROOT, "%.2f", p);
  }

  /** An SVG coordinate with at most one decimal. */
  static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** "1 claim", "3 claims". */
  static String count(long n, String noun) {
    return n + " " + plural(n, noun);
  }

  /** The noun, with an s unless there is exactly one. */
  static String plural(long n, String noun) {
    return n == 1 ? noun : noun + "s";
  }

  /** The CSS class that colours a stance: the same three classes in the chart and the tables. */
  static String stanceClass(Stance stance) {
    return switch (stance) {
      case PRO_OPEN_SOURCE -> "s-open";
      case NEUTRAL -> "s-neutral";
      case PRO_SAFETY_CLOSED -> "s-closed";
    };
  }

  /** The CSS class that colours a relation type. */
  static String relationClass(RelationType type) {
    return switch (type) {
      case SUPPORTS -> "r-supports";
      case OPPOSES -> "r-opposes";
      case RESPONDS_TO -> "r-responds";
    };
  }

  /** The words a reader sees for a relation type. */
  static String relationVerb(RelationType type) {
    return switch (type) {
      case SUPPORTS -> "supports";
      case OPPOSES -> "opposes";
      case RESPONDS_TO -> "responds to";
    };
  }

  /** A one-character sign for a relation type, beside its colour for readers who cannot tell it. */
  static String relationIcon(RelationType type) {
    return switch (type) {
      case SUPPORTS -> "+";
      case OPPOSES -> "\u2212";
      case RESPONDS_TO -> "\u21A9";
    };
  }

  /** A badge with the stance's display name and a confidence, coloured by the stance. */
  static String stanceBadge(Stance stance, double confidence, StanceNames names) {
    return "<span class=\"badge " + stanceClass(stance) + "\">" + escape(names.of(stance))
        + " <b>" + confidence(confidence) + "</b></span>";
  }
}
