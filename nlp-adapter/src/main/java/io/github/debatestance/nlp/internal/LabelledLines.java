package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.ClaimSpans.isQuoteMark;
import static io.github.debatestance.nlp.internal.ClaimSpans.span;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines that open with a name and a colon, as headlines, digests and live blogs set out who said
 * what: "Reyes: open weights are a public good", "- **Dana Reyes** (Kestrel AI): licensing would
 * crush small labs", "10:15 Brennan: staged release is the only path". The words after the colon
 * are the named actor's, whether quoted or not.
 *
 * <p>A colon after a capitalised word opens many a line that names nobody ("Update:", "Pros:"), so
 * the name must be one NER gives a person or an organisation, here or elsewhere in the text (a
 * headline's bare surname), and only a role or an affiliation without a verb may stand between the
 * name and the colon. Marks of a list or of bold type may come before the name. A name in the
 * possessive places the speaker named after it ("EU's Lindqvist: ...").
 *
 * <p>{@link #claim} reads unquoted words after the colon as the actor's reported claim; a
 * quotation after it is attributed to the name by the speaker sieves.
 *
 * <p>Stateless and thread-safe.
 */
final class LabelledLines {

  /** Labels longer than this many tokens between the name and the colon are no labels. */
  private static final int MAX_LABEL_TOKENS = 14;

  /**
   * A label at the head of a sentence.
   *
   * @param name the name that opens the label
   * @param colon the token of the colon that ends it
   */
  record Label(Mention name, int colon) {}

  /** Marks that open an item of a list or set a label in bold: "-", "*", "**", "#", "1.". */
  private static final Pattern LIST_MARK =
      Pattern.compile("[-*\u2022#\u2013\u2014]+|\\d{1,2}[.)]?");

  private LabelledLines() {}

  /** The label that opens the sentence at the head of its line, if one does. */
  static Optional<Label> at(ParsedDocument d, int sentence, MentionReader mentions) {
    int end = d.sentenceEnd(sentence);
    int t = d.sentenceBegin(sentence);
    while (t < end && LIST_MARK.matcher(d.word(t)).matches()) {
      t++;
    }
    if (t >= end || d.isQuoted(t) || !hasColonSoon(d, t, end) || !opensLine(d.text(), d.begin(t))
        || !isLabelName(d, t)) {
      return Optional.empty();
    }
    Mention name = labelName(d, t, mentions);
    int owned = name.last() + 2;
    if (owned < end && d.word(name.last() + 1).matches("'s|\u2019s") && isLabelName(d, owned)) {
      // "EU's Lindqvist:": the possessor places the speaker, who is named after it.
      name = labelName(d, owned, mentions);
    }
    int colon = name.last() + 1;
    while (colon < end && colon - name.last() <= MAX_LABEL_TOKENS && !d.word(colon).equals(":")) {
      if (d.isQuoted(colon) || ParsedDocument.isVerbTag(d.tag(colon))) {
        return Optional.empty();
      }
      colon++;
    }
    return colon < end && d.word(colon).equals(":") && !d.isQuoted(colon)
        ? Optional.of(new Label(name, colon))
        : Optional.empty();
  }

  /**
   * A line that opens with a name and a colon and goes on with a clause of unquoted words: the
   * clause is the named actor's claim, as it would be after "Reyes said". The words after the
   * colon must hold a verb; words in quotation marks after the colon are left to the quotation.
   */
  static Optional<ReportedSpeech> claim(ParsedDocument d, int sentence, MentionReader mentions) {
    Optional<Label> label = at(d, sentence, mentions);
    if (label.isEmpty()) {
      return Optional.empty();
    }
    int colon = label.get().colon();
    int end = d.sentenceEnd(sentence);
    if (colon >= end - 1 || d.isQuoted(colon + 1) || isQuoteMark(d.word(colon + 1))) {
      return Optional.empty();
    }
    boolean verb = false;
    for (int x = colon + 1; x < end; x++) {
      verb |= ParsedDocument.isVerbTag(d.tag(x));
    }
    if (!verb) {
      return Optional.empty();
    }
    return span(d, colon + 1, end - 1)
        .map(span -> new ReportedSpeech(span, colon, label.get().name()));
  }

  /**
   * Whether a colon follows the token closely enough to end a label: checked first, as most
   * sentences have none, and the name's check reads the whole text.
   */
  private static boolean hasColonSoon(ParsedDocument d, int t, int end) {
    for (int x = t + 1; x < end && x <= t + 2 * MAX_LABEL_TOKENS; x++) {
      if (d.word(x).equals(":")) {
        return true;
      }
    }
    return false;
  }

  /** Whether nothing but marks, digits and white space stand between a line's start and here. */
  private static boolean opensLine(String text, int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  private static Mention labelName(ParsedDocument d, int t, MentionReader mentions) {
    return isNamedEntity(d, t)
        ? mentions.name(d, t)
        : new Mention(Mention.Kind.NAME, t, t, t, d.word(t));
  }

  private static boolean isNamedEntity(ParsedDocument d, int t) {
    return d.ner(t).equals("PERSON") || d.ner(t).equals("ORGANIZATION");
  }

  /**
   * Whether the token may name the speaker of a labelled line: a word NER takes for a person or
   * an organisation, or a proper noun that NER takes for a person elsewhere in the text.
   */
  private static boolean isLabelName(ParsedDocument d, int t) {
    if (isNamedEntity(d, t)) {
      return !d.tag(t).startsWith("PRP");
    }
    if (!d.tag(t).equals("NNP")) {
      return false;
    }
    for (int x = 0; x < d.size(); x++) {
      if (x != t && d.ner(x).equals("PERSON") && d.word(x).equals(d.word(t))) {
        return true;
      }
    }
    return false;
  }
}
