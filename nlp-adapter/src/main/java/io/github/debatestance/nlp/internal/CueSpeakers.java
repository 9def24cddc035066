package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.QuotationBounds.isStop;

import java.util.Optional;

/**
 * Reads whom a speech cue speaks for: the subject of a cue verb, the name after an inverted cue
 * ("said Reyes"), the person a title goes on to name ("said Reyes spokesman Tom Okafor"), the owner
 * or issuer of a source noun. Also holds the tests of a cue's token that the speaker sieves share:
 * a participle used as an adjective, a cue that opens the next quotation, a cue with content of its
 * own.
 *
 * <p>Immutable and thread-safe.
 */
final class CueSpeakers {

  private final CueVerbs speechCues;
  private final MentionReader mentions;

  /**
   * @param speechCues verbs that report what somebody said
   * @param mentions reads the speakers
   */
  CueSpeakers(CueVerbs speechCues, MentionReader mentions) {
    this.speechCues = speechCues;
    this.mentions = mentions;
  }

  /** Whether the token is a speech cue: a verb, a phrasal verb or a marked adjective. */
  boolean isCueVerb(ParsedDocument d, int t) {
    return speechCues.isCue(d, t);
  }

  /**
   * Whether a lemma is a speech cue as a verb, whatever the tagger made of the word: it often takes
   * the verb of a short clause ("as Moreau notes") for a plural noun.
   */
  boolean isCueLemma(String lemma) {
    return speechCues.isCue("VB", lemma, null);
  }

  /**
   * The speaker named right after a cue verb that has no subject before it, as in inverted
   * attributions: "said Reyes", "explained the economist Lena Forsberg", "Stated Brennan:".
   * Titles and descriptions may stand between the verb and the name.
   */
  Optional<Mention> invertedSubject(ParsedDocument d, int cue) {
    // Only a finite verb is inverted: a participle ("praising Ayotte for ...", "calling him ...")
    // or an infinitive has its speaker elsewhere, and so has a verb with a clause of its own ("said
    // the party needs ...").
    String tag = d.tag(cue);
    // The tagger reads a cue that opens its sentence ("Stated Brennan:") as a participle.
    boolean opening = tag.equals("VBN") && cue == d.sentenceBegin(d.sentenceOf(cue));
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || opening)
        || cue > 0 && d.word(cue - 1).equalsIgnoreCase("to")
        // "told" is never inverted: the name after it is the listener ("Reyes told the Halden
        // Courier").
        || d.lemma(cue).equalsIgnoreCase("tell")
        || hasClause(d, cue)) {
      return Optional.empty();
    }
    int sentenceEnd = d.sentenceEnd(d.sentenceOf(cue));
    for (int t = cue + 1; t < Math.min(sentenceEnd, cue + 9); t++) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      Optional<Mention> m = mentions.at(d, t);
      if (m.isPresent()
          && m.get().kind() == Mention.Kind.NAME
          && Character.isUpperCase(d.word(m.get().first()).codePointAt(0))) {
        // An owner ("exhorted Reyes's introducer, Ada Brennan") only places the speaker, who is
        // the person the title goes on to name or no one.
        Optional<Mention> titled = personAfterTitle(d, m.get());
        int next = m.get().last() + 1;
        boolean owner = next < sentenceEnd && d.tag(next).equals("POS");
        return owner && titled.isEmpty() ? Optional.empty() : titled.or(() -> m);
      }
      String wordTag = d.tag(t);
      boolean describes =
          isNounPhraseWord(wordTag)
              // "added his campaign manager Ada Brennan": an owner opens the title.
              || wordTag.equals("PRP$")
              || wordTag.equals("VBN") && d.tag(t - 1).equals("HYPH")
              // "said retired judge Lena Forsberg": a participle that qualifies the title.
              || (wordTag.equals("VBN") || wordTag.equals("VBG"))
                  && t + 1 < sentenceEnd && d.tag(t + 1).startsWith("NN")
              || d.word(t).equals(".") || d.word(t).equals("of");
      if (!describes) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a verb has a clausal complement after it, outside the quotations. A complement before
   * it is the fronted content that an inverted cue attributes ("Though donors ..., "...," said
   * Reyes"), and one whose verb follows a comma is a clause about the speaker that the parse
   * took for content ("...," said Reyes, asked about the plan).
   */
  private static boolean hasClause(ParsedDocument d, int verb) {
    for (ParsedDocument.Dependent dep : d.dependents(verb)) {
      String r = dep.relation();
      if (!d.isQuoted(dep.token())
          && dep.token() > verb
          && !d.word(dep.token() - 1).equals(",")
          && (r.equals("ccomp") || r.equals("xcomp"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person that a title holding a name describes: in "said Senate Minority Whip Lena Forsberg"
   * or "said Reyes spokesman Tom Okafor", the first name only qualifies the title, and the person
   * after it speaks. Any other name is itself.
   */
  private Optional<Mention> personAfterTitle(ParsedDocument d, Mention name) {
    int end = Math.min(d.sentenceEnd(d.sentenceOf(name.last())), name.last() + 8);
    boolean title = false;
    for (int t = name.last() + 1; t < end; t++) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      String tag = d.tag(t);
      if (title && d.ner(t).equals("PERSON") && mentions.isNameToken(d, t)) {
        Mention person = mentions.name(d, t);
        return person.first() == t ? Optional.of(person) : Optional.empty();
      }
      // A lower-case word the tagger took for an adjective ("Reyes constituent Ada Brennan") is
      // as much a title as a noun.
      // So is a lower-case role word that the tagger took for a verb ("Halden Radio co-host Piet
      // Varga").
      boolean lowerNoun =
          (tag.startsWith("NN") || tag.equals("JJ") || mentions.isRoleWord(d, t))
              && Character.isLowerCase(d.word(t).codePointAt(0));
      if (lowerNoun && mentions.isSourceNoun(d, t)) {
        // "Reyes's book Harbour Lights" names a work, not a person the name describes.
        return Optional.empty();
      }
      title |= lowerNoun || mentions.isRoleWord(d, t);
      if (!(lowerNoun || tag.startsWith("NNP") || tag.equals("JJ") || tag.equals("POS")
          || tag.equals("HYPH") || tag.equals("CC"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The person that a title holding the name describes, or else the name itself. */
  Mention personTitled(ParsedDocument d, Mention name) {
    return personAfterTitle(d, name).orElse(name);
  }

  /**
   * The speaker of a cue set off by commas inside the sentence it attributes: in "Okafor, Reyes
   * said, has called the plan "...."", Reyes speaks, whatever the parse makes the subject of
   * "said".
   */
  Optional<Mention> parentheticalSubject(ParsedDocument d, int cue) {
    if (cue < 2 || cue + 1 >= d.size() || !d.word(cue + 1).equals(",") || d.isQuoted(cue - 1)) {
      return Optional.empty();
    }
    return mentions.at(d, cue - 1)
        .filter(m -> m.last() == cue - 1 && m.first() > 0 && d.word(m.first() - 1).equals(","));
  }

  /**
   * The speaker of a source noun ("statement", "post", "interview"): its named owner ("Brennan's
   * post"), the owner of the noun it qualifies ("Brennan's campaign statement"), or whoever issued
   * it ("a statement issued by the Halden Institute").
   */
  Optional<SpeakerEvidence> ownedSource(ParsedDocument d, int t) {
    if (!mentions.isSourceNoun(d, t)) {
      return Optional.empty();
    }
    Optional<Mention> owner = mentions.namedPossessor(d, t);
    if (owner.isEmpty()) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isPresent() && head.get().relation().equals("compound")) {
        owner = mentions.namedPossessor(d, head.get().token());
      }
    }
    if (owner.isEmpty()) {
      owner = mentions.issuer(d, t);
    }
    return owner.map(m -> SpeakerEvidence.of(m, d.word(t), confidence(m, 0.8)));
  }

  /** A participle used as an adjective ("her proposed plan"), which reports no speech. */
  static boolean isAdjectival(ParsedDocument d, int t) {
    Optional<ParsedDocument.Dependent> head = d.head(t);
    return head.isPresent()
        && (head.get().relation().equals("amod") || head.get().relation().equals("compound"));
  }

  /** Whether a cue opens the next quotation ("Reyes said: "...") rather than closing this one. */
  static boolean introducesNext(ParsedDocument d, int cue) {
    // A comma between them marks a split quotation ("A," she said, "B."), whose cue serves both.
    int next = cue + 1;
    // A quotation right after "told" names the listener, a show or a paper ("Reyes told "Morning
    // Report""); the words come after the listener, never right after the verb.
    return next < d.size()
        && (d.word(next).equals(":") || d.isQuoted(next) && !d.lemma(cue).equalsIgnoreCase("tell"));
  }

  /**
   * Whether a cue verb has a content of its own outside the quotations: a clause or an object it
   * reports.
   */
  static boolean reportsContent(ParsedDocument d, int cue) {
    for (ParsedDocument.Dependent dep : d.dependents(cue)) {
      if (d.isQuoted(dep.token())) {
        continue;
      }
      String r = dep.relation();
      if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("parataxis")
          || r.startsWith("advcl")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue's sentence ends within a few words of it ("Reyes said on Monday."). */
  static boolean endsSoon(ParsedDocument d, int cue) {
    int end = d.sentenceEnd(d.sentenceOf(cue));
    for (int t = cue + 1; t < Math.min(end, cue + 7); t++) {
      if (isStop(d.word(t))) {
        return true;
      }
      if (d.isQuoted(t) || d.tag(t).startsWith("VB")) {
        return false;
      }
    }
    return cue + 7 >= end;
  }

  /**
   * Whether a word's tag fits inside a noun phrase that names or describes someone: nouns,
   * determiners, adjectives, numbers, possessive endings and hyphens ("the Halden Institute's
   * 34-year-old economist").
   */
  static boolean isNounPhraseWord(String tag) {
    return tag.startsWith("NN") || tag.equals("DT") || tag.equals("JJ") || tag.equals("POS")
        || tag.equals("HYPH") || tag.equals("CD");
  }

  /**
   * The confidence of a sieve's evidence, given how sure its pattern is with a name: a pronoun or a
   * role noun ("the senator") names the speaker less surely than a name does.
   */
  static double confidence(Mention m, double named) {
    return switch (m.kind()) {
      case NAME -> named;
      case PRONOUN -> named - 0.1;
      case ROLE, GROUP, RECORD, DESCRIPTION -> named - 0.15;
    };
  }
}
