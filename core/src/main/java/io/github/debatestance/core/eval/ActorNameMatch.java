package io.github.debatestance.core.eval;

import io.github.debatestance.core.model.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well a predicted actor's names fit a gold actor, by FORMAT.md's rule: a predicted name equal,
 * case-insensitively, to the gold name or one of its aliases is an {@link #EXACT} match; a
 * predicted name ending in the gold actor's last name ("Altman" for "Sam Altman", "OpenAI CEO Sam
 * Altman") is a {@link #LAST_NAME} match. Actor types are not compared. Names are compared after
 * the same normalisation as claim texts, so that a curly and a straight apostrophe agree.
 *
 * <p>The last name is the gold name's last word. Converted corpora sometimes give as the name the
 * whole phrase that describes the source ("Ada Brennan, 53, who runs a lab in Leeds", "Sen. Tomas
 * Reyes (D-Ore.)", "Reyes's"); the person's last name is then the last word of the name that opens
 * the phrase, before its first comma, parenthesis, dash or relative pronoun, without a possessive
 * ending, or before an "of", "for" or "at" in that name ("Sen. Tomas Reyes of Oregon"); and where
 * the phrase opens with a description ("the finance minister, Ivo Marek,", "Norland's governor, Ada
 * Brennan,"), the last name of the name in apposition, read the same way ("a pollster, Ada Brennan
 * of Leeds University,"). A predicted name ending in any of these words matches.
 *
 * <p>Immutable and thread-safe.
 */
enum ActorNameMatch {
  NONE,
  LAST_NAME,
  EXACT;

  /** How the best of {@code predictedNames} fits {@code gold}. */
  static ActorNameMatch of(Collection<String> predictedNames, GoldActor gold) {
    List<List<String>> goldNames = new ArrayList<>();
    goldNames.add(ClaimTokens.normalise(gold.name()));
    gold.aliases().forEach(alias -> goldNames.add(ClaimTokens.normalise(alias)));
    Set<String> lastNames = new HashSet<>();
    addLastWord(gold.name(), lastNames);
    addLastNames(openingName(gold.name()), lastNames);
    addLastNames(appositiveName(gold.name()), lastNames);
    ActorNameMatch best = NONE;
    for (String name : predictedNames) {
      List<String> tokens = ClaimTokens.normalise(name);
      if (tokens.isEmpty()) {
        continue;
      }
      if (goldNames.contains(tokens)) {
        return EXACT;
      }
      // Whole words only: "Altman" ends "Sam Altman", but "Hartman" does not.
      String last = tokens.get(tokens.size() - 1);
      if (lastNames.contains(last)) {
        best = LAST_NAME;
      }
    }
    return best;
  }

  /**
   * The name that opens a gold name given as a source description: the text before the first
   * comma, parenthesis, dash or relative pronoun, without a possessive ending. A plain name is its
   * own opening name.
   */
  static String openingName(String goldName) {
    int cut = goldName.length();
    for (String boundary : BOUNDARIES) {
      int i = goldName.indexOf(boundary);
      if (i > 0) {
        cut = Math.min(cut, i);
      }
    }
    String opening = goldName.substring(0, cut).strip();
    return POSSESSIVE.matcher(opening).replaceFirst("");
  }

  /**
   * The name a description gives in apposition: "Ivo Marek" in "the finance minister, Ivo Marek,".
   * Only a description ({@link #opensWithDescription}) has one; otherwise the empty string.
   */
  static String appositiveName(String goldName) {
    List<String> words = ClaimTokens.normalise(goldName);
    int comma = goldName.indexOf(',');
    if (words.isEmpty() || comma < 0 || !opensWithDescription(goldName, words.get(0))) {
      return "";
    }
    String rest = goldName.substring(comma + 1);
    return openingName(rest);
  }

  /**
   * Whether a gold name opens with a description rather than a name: a determiner or possessive
   * pronoun ("the finance minister"), or an owner in the possessive ("Norland's governor").
   */
  private static boolean opensWithDescription(String goldName, String firstWord) {
    if (DESCRIPTION_OPENERS.contains(firstWord)) {
      return true;
    }
    int space = goldName.indexOf(' ');
    int comma = goldName.indexOf(',');
    String first = goldName.substring(0, space > 0 && space < comma ? space : comma).strip();
    return POSSESSIVE.matcher(first).find();
  }

  /**
   * Adds the last names that a name read from a description may end in: its last word, and, where an
   * "of", "for" or "at" may place the person, the last word before it ("Sen. Tomas Reyes of Oregon",
   * "Ada Brennan at Leeds University"). Both count, since the same words also open titles
   * ("Secretary of State Tomas Reyes").
   */
  private static void addLastNames(String name, Set<String> lastNames) {
    addLastWord(name, lastNames);
    for (String place : PLACING) {
      int i = name.indexOf(place);
      if (i > 0) {
        addLastWord(name.substring(0, i), lastNames);
      }
    }
  }

  private static void addLastWord(String name, Set<String> lastNames) {
    String last = lastWord(name);
    if (last != null) {
      lastNames.add(last);
    }
  }

  private static String lastWord(String name) {
    List<String> words = ClaimTokens.normalise(name);
    return words.isEmpty() ? null : words.get(words.size() - 1);
  }

  private static final List<String> PLACING = List.of(" of ", " for ", " at ");

  private static final Set<String> DESCRIPTION_OPENERS =
      Set.of("the", "a", "an", "one", "his", "her", "their", "its", "another");

  private static final List<String> BOUNDARIES =
      List.of(",", "(", " \u2014 ", " \u2013 ", " -- ", " who ", " whose ", " which ");

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

  /** The names by which a predicted actor can be recognised: its name and its aliases. */
  static List<String> namesOf(Actor actor) {
    List<String> names = new ArrayList<>(1 + actor.aliases().size());
    names.add(actor.name());
    names.addAll(actor.aliases());
    return names;
  }
}
