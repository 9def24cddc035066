package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a transcript's turn label gives, and names set in capitals given in title case, as the
 * rest of a text would write them ("OKAFOR" as "Okafor", "Tomas LIND" as "Tomas Lind").
 *
 * <p>Stateless and thread-safe.
 */
final class LabelNames {

  private LabelNames() {}

  /**
   * The name a turn's label gives: "OKAFOR", "Dr. Lena Forsberg", "@lena_f", with its words in
   * capitals {@linkplain #capitalsInTitleCase in title case}, as the rest of the text would write
   * them. Empty where the label holds no token.
   */
  static Optional<Mention> labelName(ParsedDocument d, TextSpan label) {
    int first = d.tokenAtOrAfter(label.begin());
    int last = d.tokenBefore(label.end());
    if (first > last || last < 0 || first >= d.size()) {
      return Optional.empty();
    }
    String name = label.of(d.text());
    return Optional.of(
        new Mention(
            Mention.Kind.NAME, first, last, last,
            name.startsWith("@") ? name : capitalsInTitleCase(name)));
  }

  /** A generation's numeral after a name ("Tomas Reyes III"), which stays in capitals. */
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");

  /** Splits a name into its words and the white space between them, keeping both. */
  private static final Pattern AROUND_SPACES = Pattern.compile("(?<=\\s)|(?=\\s)");

  /**
   * A person's name with the words set in capitals given in title case: all of a name in capitals
   * ("OKAFOR"), or the surname that parliamentary records, and many texts that give a name in
   * Chinese or Japanese order, set in capitals ("Tomas LIND", "WANG Lifen"). A word of
   * fewer than three letters in a name otherwise in lower case is an initial or an acronym, and
   * stays.
   */
  static String capitalsInTitleCase(String name) {
    if (name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT))) {
      return titleCase(name);
    }
    StringBuilder words = new StringBuilder(name.length());
    for (String w : AROUND_SPACES.split(name)) {
      boolean capitals = w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT))
          && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
          && !ROMAN_NUMERAL.matcher(w).matches();
      words.append(capitals ? titleCase(w) : w);
    }
    return words.toString();
  }

  /** "MCALLISTER-REYES" as "Mcallister-Reyes": each run of letters capitalised after the first. */
  private static String titleCase(String capitals) {
    StringBuilder b = new StringBuilder(capitals.length());
    boolean start = true;
    for (int i = 0; i < capitals.length(); i++) {
      char c = capitals.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '\u2019';
    }
    return b.toString();
  }
}
