package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.CueSpeakers.confidence;
import static io.github.debatestance.nlp.internal.QuotationBounds.isStop;

import io.github.debatestance.core.model.TextSpan;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The sieves for quotations that a label, a colon or a signature sets apart from the text around
 * them: a turn of a transcript ({@code OKAFOR: ...}), a quotation after a colon, which speaks for
 * the sentence that introduces it, a line labelled with a name ({@code - Dana Reyes (Kestrel AI):
 * ...}), and a quotation signed by a dash and a name ({@code "..." - Tomas Reyes.}). Block
 * quotations are read by these alone.
 *
 * <p>Immutable and thread-safe.
 */
final class LabelSieves {

  private final CueSpeakers cues;
  private final MentionReader mentions;

  LabelSieves(CueSpeakers cues, MentionReader mentions) {
    this.cues = cues;
    this.mentions = mentions;
  }

  /** The speaker a turn's label names: "OKAFOR", "Dr. Lena Forsberg", "@lena_f". */
  static Optional<SpeakerEvidence> turnSpeaker(ParsedDocument d, TextSpan label) {
    return LabelNames.labelName(d, label).map(m -> SpeakerEvidence.of(m, null, 0.9));
  }

  /**
   * A quotation introduced by a colon speaks for the sentence before the colon: its subject ("Brennan's
   * post put it plainly:" speaks for Brennan), the subject of a cue verb in it ("as Reyes
   * noted, ...:"), or the one person it names ("The result did not surprise the economist Lena
   * Forsberg:").
   */
  Optional<SpeakerEvidence> colonIntroduction(ParsedDocument d, Quotation q) {
    int colon = d.tokenBefore(q.open());
    if (colon < 0 || !d.word(colon).equals(":") || d.isQuoted(colon)) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(colon);
    int first = d.sentenceBegin(sentence);
    int end = d.sentenceEnd(sentence);
    Optional<Mention> label = labelBefore(d, colon, first);
    if (label.isPresent()) {
      return label.map(m -> SpeakerEvidence.of(m, null, confidence(m, 0.85)));
    }
    for (int t = first; t < end; t++) {
      if (d.node(t) != null && d.head(t).isEmpty()) {
        OptionalInt coordinated = coordinatedCueBefore(d, t, colon);
        if (coordinated.isPresent()) {
          // Its subject speaks, and where it names no one, nobody the sentence names does.
          int cue = coordinated.getAsInt();
          return mentions.subjectOf(d, cue)
              .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.85)));
        }
        Optional<Mention> subject = mentions.subjectOf(d, t);
        if (subject.isEmpty()) {
          for (int s : d.children(t, "nsubj")) {
            subject = mentions.namedPossessor(d, s);
          }
        }
        if (subject.isEmpty() && cues.isCueVerb(d, t)) {
          subject = cues.invertedSubject(d, t);
        }
        if (subject.isPresent() && subject.get().kind() == Mention.Kind.RECORD
            && !cues.isCueVerb(d, t)) {
          // "The result did not surprise the economist Lena Forsberg:": a record that is the
          // subject of no verb of saying introduces no one's words.
          subject = Optional.empty();
        }
        if (subject.isPresent()) {
          String cue = cues.isCueVerb(d, t) ? d.word(t) : null;
          return subject.map(m -> SpeakerEvidence.of(m, cue, confidence(m, 0.85)));
        }
      }
    }
    for (int t = colon - 1; t >= first; t--) {
      if (cues.isCueVerb(d, t) && !d.isQuoted(t)) {
        int cue = t;
        Optional<Mention> subject = mentions.subjectOf(d, t).or(() -> cues.invertedSubject(d, cue));
        if (subject.isPresent()) {
          return subject.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.8)));
        }
      }
    }
    return onlyPersonNamed(d, first, colon).map(m -> SpeakerEvidence.of(m, null, 0.7));
  }

  /**
   * A name set off by a dash before the colon that opens the quotation, as in digests that follow
   * a remark with a source: "Pollsters were split - Lena Forsberg: "..."". The label is the
   * quotation's own attribution and outweighs any cue in the words before the dash, which speak
   * of something else.
   */
  Optional<SpeakerEvidence> dashedLabel(ParsedDocument d, Quotation q) {
    int colon = d.tokenBefore(q.open());
    if (colon < 0 || !d.word(colon).equals(":") || d.isQuoted(colon)) {
      return Optional.empty();
    }
    int first = d.sentenceBegin(d.sentenceOf(colon));
    return labelBefore(d, colon, first)
        .filter(m -> m.first() > first && Dashes.isDashRun(d.word(m.first() - 1)))
        .map(m -> SpeakerEvidence.of(m, null, confidence(m, 0.85)));
  }

  /**
   * The last clause coordinated with the root before the colon that is a cue with a subject of its
   * own: "The Courier made the same charge, and Reyes replied:" introduces Reyes's words,
   * not the Courier's.
   */
  private OptionalInt coordinatedCueBefore(ParsedDocument d, int root, int colon) {
    int cue = -1;
    for (ParsedDocument.Dependent dep : d.dependents(root)) {
      int t = dep.token();
      if (dep.relation().equals("conj") && t > root && t < colon && !d.isQuoted(t)
          && cues.isCueVerb(d, t) && !d.children(t, "nsubj").isEmpty()) {
        cue = Math.max(cue, t);
      }
    }
    return cue < 0 ? OptionalInt.empty() : OptionalInt.of(cue);
  }

  /**
   * A name that labels what follows its colon, as in transcripts and digests: "OKAFOR: ...",
   * "- Lena Forsberg: "..."". The name ends at the colon, and no verb stands before it in its
   * clause ("Reyes told Halden Radio:" is Reyes's, not the radio's). A person named before an
   * organisation ("Nadia Osei of the Halden Institute:") is the label's name.
   */
  private Optional<Mention> labelBefore(ParsedDocument d, int colon, int sentenceBegin) {
    int last = colon - 1;
    if (last > sentenceBegin && d.word(last).matches("\\)|-RRB-")) {
      // "Rep. Tomas Reyes (D-Ore.):" has the party in parentheses before the colon.
      while (last > sentenceBegin && !d.word(last).matches("\\(|-LRB-")) {
        last--;
      }
      last--;
    }
    if (last < sentenceBegin || d.isQuoted(last) || !mentions.isNameToken(d, last)) {
      return Optional.empty();
    }
    Mention m = mentions.name(d, last);
    if (m.last() != last) {
      return Optional.empty();
    }
    int labelBegin = sentenceBegin;
    for (int t = m.first() - 1; t >= sentenceBegin; t--) {
      String w = d.word(t);
      if (w.equals(":") || w.equals(";") || Dashes.isDashRun(w)) {
        labelBegin = t + 1;
        break;
      }
      if (ParsedDocument.isVerbTag(d.tag(t))) {
        return Optional.empty();
      }
    }
    return Optional.of(personFirstInLabel(d, labelBegin, m).orElse(m));
  }

  /**
   * The person a label names before the name that ends it: "Nadia Osei of the Halden Institute:"
   * and "Marta Ilves, research lead, Kuusk Lab:" label Raman's and Ilves's words, and the
   * organisation only places them.
   */
  private Optional<Mention> personFirstInLabel(ParsedDocument d, int labelBegin, Mention last) {
    for (int t = labelBegin; t < last.first(); t++) {
      if (d.ner(t).equals("PERSON") && mentions.isNameToken(d, t) && !d.isQuoted(t)) {
        Mention person = mentions.name(d, t);
        for (int between = person.last() + 1; between < last.first(); between++) {
          if (d.tag(between).equals("CC")) {
            // "Ana Ruiz and Tom Okafor:" names two speakers, not a person and a place.
            return Optional.empty();
          }
        }
        return person.last() < last.first() ? Optional.of(person) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The one person named between two tokens, if exactly one is. */
  private Optional<Mention> onlyPersonNamed(ParsedDocument d, int first, int end) {
    Mention found = null;
    for (int t = first; t < end; t++) {
      if (d.ner(t).equals("PERSON") && mentions.isNameToken(d, t) && !d.isQuoted(t)) {
        Mention m = mentions.name(d, t);
        if (found != null && !found.text().equalsIgnoreCase(m.text())) {
          return Optional.empty();
        }
        found = m;
        t = m.last();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The name that labels the line a quotation stands in, after the label's colon: in "- Dana Reyes
   * (Kestrel AI): open weights are "the cheapest audit there is"" the quoted words are Reyes's.
   */
  Optional<SpeakerEvidence> labelledLineSpeaker(ParsedDocument d, Quotation q) {
    int first = d.tokenAtOrAfter(q.content().begin());
    if (first >= d.size()) {
      return Optional.empty();
    }
    return LabelledLines.at(d, d.sentenceOf(first), mentions)
        .filter(label -> label.colon() < first)
        .map(label -> SpeakerEvidence.of(label.name(), null, confidence(label.name(), 0.75)));
  }

  /**
   * A quotation signed right after it, on its line or the next, by a dash and a name: "..." - Tomas
   * Reyes, Halden. A block quotation's mark may open the signature's line ("> - Tomas Reyes").
   */
  Optional<SpeakerEvidence> dashLabelAfter(ParsedDocument d, Quotation q) {
    if (!q.isClosed() && !q.isBlock()) {
      return Optional.empty();
    }
    int dash = d.tokenAtOrAfter(q.end());
    while (dash < d.size() && d.word(dash).equals(">")) {
      // The mark of a block quotation in plain-text mail and Markdown opens the signature's line.
      dash++;
    }
    if (dash + 1 >= d.size()
        || !Dashes.isDashRun(d.word(dash))
        || d.text().substring(q.end(), d.begin(dash)).chars().filter(c -> c == '\n').count() > 2) {
      return Optional.empty();
    }
    int t = dash + 1;
    if (d.isQuoted(t) || !mentions.isNameToken(d, t)) {
      return Optional.empty();
    }
    Mention m = mentions.name(d, t);
    int after = m.last() + 1;
    boolean ends =
        after >= d.size()
            || isStop(d.word(after))
            || d.word(after).equals(",")
            || d.sentenceOf(after) != d.sentenceOf(m.last())
            || isHandleAfter(d, after);
    return ends && m.first() == t
        ? Optional.of(SpeakerEvidence.of(m, null, confidence(m, 0.85)))
        : Optional.empty();
  }

  /** Whether a handle in parentheses stands at the token: "(@lena_f)" after a signer's name. */
  private static boolean isHandleAfter(ParsedDocument d, int t) {
    return t + 1 < d.size()
        && d.word(t).matches("\\(|-LRB-")
        && d.word(t + 1).startsWith("@");
  }
}
