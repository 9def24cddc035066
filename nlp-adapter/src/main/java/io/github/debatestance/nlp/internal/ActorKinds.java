package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.MentionHeads.sameLine;

import java.util.List;

/**
 * What kind of actor a mention stands for, a person or an organisation, and a person's gender: by
 * the pronoun, by a courtesy title ("Mrs. Reyes"), by the first name, by a word such as "Institute"
 * in the name, by NER; a place that speaks is its government.
 *
 * <p>Immutable and thread-safe.
 */
final class ActorKinds {

  private final Lexicon roleNouns;
  private final Lexicon pronouns;
  private final Lexicon organizationWords;
  private final Lexicon honorifics;
  private final FirstNameGenders firstNames;

  /**
   * @param roleNouns role nouns, with the kind of actor that holds each
   * @param pronouns pronouns, with the kind of actor and the gender each stands for
   * @param organizationWords words that make a name an organisation's ("Labs", "Institute")
   * @param honorifics courtesy titles, with the gender each tells
   * @param firstNames the gender of first names
   */
  ActorKinds(
      Lexicon roleNouns,
      Lexicon pronouns,
      Lexicon organizationWords,
      Lexicon honorifics,
      FirstNameGenders firstNames) {
    this.roleNouns = roleNouns;
    this.pronouns = pronouns;
    this.organizationWords = organizationWords;
    this.honorifics = honorifics;
    this.firstNames = firstNames;
  }

  /** The gender a pronoun refers to: MALE, FEMALE, or NONE where it does not tell. */
  String pronounGender(ParsedDocument d, Mention pronoun) {
    List<String> v = pronouns.values(d.word(pronoun.head()));
    return v.size() < 2 ? "NONE" : v.get(1);
  }

  /**
   * The gender of the person these names stand for, or NONE where the text does not tell: a title
   * before any of them ("Mrs. Reyes", "spokeswoman Ada Brennan"), else the first name of the
   * fullest of them in the name-gender list. A first name that the list gives both ways tells
   * nothing.
   */
  String personGender(ParsedDocument d, List<Mention> names, Mention fullest) {
    for (Mention n : names) {
      String title = titleBeforeGender(d, n);
      if (!title.equals("NONE")) {
        return title;
      }
    }
    int first = fullest.first();
    if (first < fullest.last() && honorifics.contains(d.word(first))) {
      String title = honorifics.value(d.word(first), "NONE");
      if (!title.equals("NONE")) {
        return title;
      }
      first++;
    }
    return first < fullest.last() ? firstNames.of(d.word(first)) : "NONE";
  }

  /**
   * The gender that a title at a name tells, before it ("Mrs. Reyes") or as its first word: MALE,
   * FEMALE, or NONE where there is no such title.
   */
  String titleGender(ParsedDocument d, Mention name) {
    String title = titleBeforeGender(d, name);
    if (title.equals("NONE") && name.first() < name.last()) {
      title = honorifics.value(d.word(name.first()), "NONE");
    }
    return title;
  }

  private String titleBeforeGender(ParsedDocument d, Mention name) {
    int before = name.first() - 1;
    return before >= 0 && sameLine(d, before, name.first())
        ? honorifics.value(d.word(before), "NONE")
        : "NONE";
  }

  /** Whether every word of the mention is tagged as a place: "Norway", "the United States". */
  static boolean isPlace(ParsedDocument d, Mention m) {
    for (int t = m.first(); t <= m.last(); t++) {
      if (!d.ner(t).equals("LOCATION")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a name should be taken for an organisation's. */
  private boolean looksLikeOrganization(ParsedDocument d, Mention m) {
    // A word such as "Labs" or "Institute" makes an organisation even where NER took the name for
    // a person's.
    for (int t = m.first(); t <= m.last(); t++) {
      if (organizationWords.contains(d.word(t))) {
        return true;
      }
    }
    if (!titleGender(d, m).equals("NONE")) {
      // "Ms Petra Solheim" is a person, whatever NER made of a name in capitals after the title.
      return false;
    }
    for (int t = m.first(); t <= m.last(); t++) {
      if (d.ner(t).equals("ORGANIZATION")) {
        return true;
      }
      if (d.ner(t).equals("PERSON")) {
        return false;
      }
    }
    if (isPlace(d, m)) {
      // A place that speaks is its government, an organisation: "it", not "he", points back to it.
      return true;
    }
    // A single word in capitals is an acronym ("NATO"), unless the mention gives it in title case,
    // as a transcript's label in capitals ("SOLHEIM:") is given.
    return m.first() == m.last() && m.text().chars().skip(1).anyMatch(Character::isUpperCase);
  }

  /**
   * The kind of actor a role noun or pronoun stands for: PERSON, ORGANIZATION or ANY; a group is
   * people.
   */
  String actorKind(ParsedDocument d, Mention m) {
    return switch (m.kind()) {
      case PRONOUN -> pronouns.value(d.word(m.head()), "ANY");
      case ROLE -> roleNouns.value(d.lemma(m.head()), "ANY");
      case NAME -> looksLikeOrganization(d, m) ? "ORGANIZATION" : "PERSON";
      // People, whose wants and stands are positions as one person's are.
      case GROUP, DESCRIPTION -> "PERSON";
      // A record stands for whoever made it, whom the text leaves open.
      case RECORD -> "ANY";
    };
  }
}
