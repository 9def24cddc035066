package io.github.debatestance.core.aggregation;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.ActorType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An actor's name reduced to the form in which names are compared across documents: lower case,
 * accents and punctuation folded, a leading "the" dropped, and for a person the titles in front
 * ("Dr.", "Senator") and a generational suffix at the end ("Jr.") set apart. "Dr. Ada Quill" and
 * "ada quill" give the same {@link #key()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param words the name's words, at least one
 * @param suffix a person's generational suffix ("jr"), or {@code null}
 * @param description whether the name opens with an indefinite word ("a", "one"), so that it
 *     describes somebody rather than naming them ("a longtime aide to the governor")
 */
record ActorName(List<String> words, String suffix, boolean description) {

  private static final Set<String> TITLES = readWords("name-titles.txt");
  private static final Set<String> SUFFIXES = readWords("name-suffixes.txt");
  private static final Set<String> ORGANIZATION_DESIGNATORS =
      readWords("organization-designators.txt");
  // English grammar rather than a lexicon: "the Pellucid Lab" and "Pellucid Lab" are one name.
  private static final String ARTICLE = "the";
  // Grammar too: these open a description of somebody, never a name.
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  ActorName {
    words = List.copyOf(requireNonNull(words, "words"));
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a name needs at least one word");
    }
  }

  /** The comparable form of a name that a document gives an actor of the given type. */
  static ActorName of(String name, ActorType type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    List<String> words = new ArrayList<>();
    String[] raws = SPACE.split(fold(name).strip());
    // Compared as written, so that an initial ("A. Quill") is not taken for the article.
    boolean description = raws.length > 1 && INDEFINITE.contains(raws[0]);
    for (String raw : raws) {
      String word = normaliseWord(raw);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      // A name of punctuation alone; compare it as written rather than lose it.
      words.add(name.strip().toLowerCase(Locale.ROOT));
    }
    if (words.size() > 1 && words.get(0).equals(ARTICLE)) {
      words.remove(0);
    }
    String suffix = null;
    if (type == ActorType.PERSON) {
      while (words.size() > 1 && TITLES.contains(words.get(0))) {
        words.remove(0);
      }
      if (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
        suffix = words.remove(words.size() - 1);
      }
    }
    return new ActorName(words, suffix, description);
  }

  /** The name as one string: equal keys are the same name. */
  String key() {
    String joined = String.join(" ", words);
    return suffix == null ? joined : joined + " " + suffix;
  }

  boolean isOneWord() {
    return words.size() == 1;
  }

  /**
   * Whether the name is a title and nothing else ("Mr.", "Senator"): it names nobody in
   * particular, so two documents that use it need not mean the same person.
   */
  boolean isTitleOnly() {
    return isOneWord() && suffix == null && TITLES.contains(words.get(0));
  }

  /**
   * Whether the name says who someone is rather than naming them: a bare title ("the senator"),
   * or a description that opens with an indefinite word ("an associate of the governor", "one
   * adviser"). Such a name means nobody in particular beyond its document.
   */
  boolean isDescriptionOnly() {
    return isTitleOnly() || description;
  }

  /** The last word: a person's surname. */
  String last() {
    return words.get(words.size() - 1);
  }

  /** The words before the last: a person's given names and initials. */
  List<String> given() {
    return words.subList(0, words.size() - 1);
  }

  /** How many of the given names are initials ("b" in "ada b quill"). */
  int initials() {
    return (int) given().stream().filter(w -> w.length() == 1).count();
  }

  /**
   * Whether this organisation name is {@code word} followed only by words that say it is an
   * organisation ("brightwater labs" for "brightwater").
   */
  boolean extendsWithDesignators(String word) {
    if (words.size() < 2 || !words.get(0).equals(word)) {
      return false;
    }
    return words.subList(1, words.size()).stream().allMatch(ORGANIZATION_DESIGNATORS::contains);
  }

  /**
   * Whether two person names of several words can name the same person: same surname and suffix,
   * first given names that agree (equal, or one the other's initial), and the remaining given names
   * of the shorter found, in order, among those of the longer. "ada b quill" fits "ada quill";
   * "ada quill" does not fit "bea quill".
   */
  boolean fitsPerson(ActorName other) {
    if (isOneWord() || other.isOneWord()) {
      return false;
    }
    if (!last().equals(other.last()) || !Objects.equals(suffix, other.suffix)) {
      return false;
    }
    List<String> a = given();
    List<String> b = other.given();
    if (!wordsAgree(a.get(0), b.get(0))) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    int j = 1;
    for (int i = 1; i < shorter.size(); i++) {
      while (j < longer.size() && !wordsAgree(shorter.get(i), longer.get(j))) {
        j++;
      }
      if (j == longer.size()) {
        return false;
      }
      j++;
    }
    return true;
  }

  private static boolean wordsAgree(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    return (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
  }

  /** Lower case, without accents, with typographic apostrophes made plain. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed)
        .replaceAll("")
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u02BC', '\'')
        .toLowerCase(Locale.ROOT);
  }

  /**
   * One word without the punctuation around it or the full stops in it ("u.s." is "us"), and
   * without a possessive "'s". Hyphens and apostrophes inside a word stay: "o'neill",
   * "mei-ling".
   */
  private static String normaliseWord(String raw) {
    int begin = 0;
    int end = raw.length();
    while (begin < end && !Character.isLetterOrDigit(raw.charAt(begin))) {
      begin++;
    }
    while (end > begin && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
      end--;
    }
    String word = raw.substring(begin, end).replace(".", "");
    if (word.length() > 2 && word.endsWith("'s")) {
      word = word.substring(0, word.length() - 2);
    }
    return word;
  }

  private static Set<String> readWords(String resource) {
    try (InputStream in = ActorName.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
