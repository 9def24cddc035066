package io.github.debatestance.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whose a noun is: the name or role its possessive points to, the author of a document, count or
 * survey, and the name a common noun introduces; and which nouns name a record that speaks for
 * itself ("the poll shows", "the emails showed").
 *
 * <p>Immutable and thread-safe.
 */
final class NounOwners {

  private final MentionHeads heads;
  private final Lexicon documentNouns;
  private final Lexicon sourceNouns;
  private final Lexicon authoringVerbs;

  /**
   * @param heads reads the mention at a token
   * @param documentNouns nouns of documents, counts and surveys ("audit", "poll")
   * @param sourceNouns nouns of written or spoken sources ("statement", "post")
   * @param authoringVerbs verbs whose doer is a text's author ("write", "sign", "organise")
   */
  NounOwners(
      MentionHeads heads, Lexicon documentNouns, Lexicon sourceNouns, Lexicon authoringVerbs) {
    this.heads = heads;
    this.documentNouns = documentNouns;
    this.sourceNouns = sourceNouns;
    this.authoringVerbs = authoringVerbs;
  }

  /**
   * Whether the noun names a record that speaks for itself: a document, count or survey ("the poll
   * shows ...") or a written or spoken source ("the emails showed ...").
   */
  boolean isRecordNoun(ParsedDocument d, int noun) {
    return isDocumentNoun(d, noun) || isSourceNoun(d, noun);
  }

  /** Whether the noun names a document, count or survey ("audit", "poll"). */
  private boolean isDocumentNoun(ParsedDocument d, int noun) {
    return d.tag(noun).startsWith("NN") && documentNouns.contains(d.lemma(noun));
  }

  /** Whether the noun names a written or spoken source ("statement", "post"). */
  boolean isSourceNoun(ParsedDocument d, int noun) {
    return d.tag(noun).startsWith("NN") && sourceNouns.contains(d.lemma(noun));
  }

  /**
   * Who a document, count or survey speaks for: its owner ("the county's audit"), a name it is
   * compounded with ("a Halden Institute poll"), or the name after "by", "from" or "of" ("a report
   * from the county office", "a survey by Northwind").
   */
  Optional<Mention> documentAuthor(ParsedDocument d, int noun) {
    if (!isDocumentNoun(d, noun)) {
      return Optional.empty();
    }
    Optional<Mention> owner = namedPossessor(d, noun).or(() -> issuedBy(d, noun));
    if (owner.isPresent()) {
      return owner;
    }
    for (ParsedDocument.Dependent dep : d.dependents(noun)) {
      int t = dep.token();
      if (d.isQuoted(t) || !heads.isNameToken(d, t)) {
        continue;
      }
      if (dep.relation().equals("compound") || dep.relation().startsWith("nmod")
          && d.children(t, "case").stream()
              .anyMatch(c -> AUTHOR_PREPOSITIONS.contains(d.word(c).toLowerCase(Locale.ROOT)))) {
        return Optional.of(heads.name(d, t));
      }
    }
    return Optional.empty();
  }

  private static final Set<String> AUTHOR_PREPOSITIONS = Set.of("by", "from", "of");

  /** The author prepositions a source comes from: not "of", which names what it shows. */
  private static final Set<String> SOURCE_PREPOSITIONS = Set.of("by", "from");

  /**
   * Who a written or spoken source comes from: its named owner ("Brennan's post"), or the name
   * after "from" or "by" ("a post from Ada Brennan", "a statement by the Heron Trust"). Not the
   * name after "of", which a source shows or tells about rather than comes from ("a video of
   * Brennan", "a transcript of the hearing"); nor a role, as with an owner.
   */
  Optional<Mention> sourceAuthor(ParsedDocument d, int noun) {
    if (!isSourceNoun(d, noun)) {
      return Optional.empty();
    }
    Optional<Mention> owner = namedPossessor(d, noun);
    if (owner.isPresent()) {
      return owner;
    }
    for (int t : d.children(noun, "nmod")) {
      if (!d.isQuoted(t) && heads.isNameToken(d, t)
          && d.children(t, "case").stream()
              .anyMatch(c -> SOURCE_PREPOSITIONS.contains(d.word(c).toLowerCase(Locale.ROOT)))) {
        return Optional.of(heads.name(d, t));
      }
    }
    return Optional.empty();
  }

  /**
   * Who a participle after the noun says wrote, signed or organised it: "the letter, organised by
   * Marta Klein, argues ...", "a memo written by the company's lawyers". The agent of such a
   * participle is the text's author, who speaks through it. A crowd ("signed by 40 researchers")
   * is no one actor and is left out.
   */
  Optional<Mention> issuedBy(ParsedDocument d, int noun) {
    List<Integer> participles = new ArrayList<>();
    // The parser hangs a participle set off by commas from its noun now as a clause, now loosely.
    for (String relation : List.of("acl", "dep")) {
      for (int participle : d.children(noun, relation)) {
        // "signed by 200 researchers and written by Joe Sorel": each participle names a part.
        participles.add(participle);
        participles.addAll(d.children(participle, "conj"));
      }
    }
    for (int participle : participles) {
      if (d.isQuoted(participle)
          || !d.tag(participle).equals("VBN")
          || !authoringVerbs.contains(d.lemma(participle))) {
        continue;
      }
      for (ParsedDocument.Dependent dep : d.dependents(participle)) {
        int agent = dep.token();
        if ((dep.relation().startsWith("obl") || dep.relation().startsWith("nmod"))
            && !d.isQuoted(agent)
            && d.children(agent, "case").stream()
                .anyMatch(c -> d.word(c).equalsIgnoreCase("by"))) {
          Optional<Mention> m = heads.nameOrRole(d, agent);
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The name or role a possessive points to, as in "Brennan's posts", "Northwind's charter" or
   * "the company's report".
   */
  Optional<Mention> possessor(ParsedDocument d, int noun) {
    for (int owner : d.children(noun, "nmod:poss")) {
      Optional<Mention> m = heads.nameOrRole(d, owner);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * The name a possessive points to, as in "Brennan's posts" or "Northwind's charter". A role
   * owner is left out: "the authority's website" need not speak for the authority in every
   * sentence that names it.
   */
  Optional<Mention> namedPossessor(ParsedDocument d, int noun) {
    return possessor(d, noun).filter(m -> m.kind() == Mention.Kind.NAME);
  }

  /**
   * The name a common noun introduces, as in "analysts such as Lena Forsberg" or "the lab's chief, Ada
   * Brennan".
   */
  Optional<Mention> namedWithin(ParsedDocument d, int noun) {
    if (!d.tag(noun).startsWith("NN") || heads.isNameToken(d, noun)) {
      return Optional.empty();
    }
    Optional<Mention> first = Optional.empty();
    for (ParsedDocument.Dependent dep : d.dependents(noun)) {
      String rel = dep.relation();
      if (!(rel.equals("nmod") || rel.equals("appos") || rel.equals("dep"))
          || !heads.isNameToken(d, dep.token())
          || d.isQuoted(dep.token())) {
        continue;
      }
      // In "analysts such as Halden Institute economist Lena Forsberg" the person is meant.
      // A phrase longer than this is run-on text, not a speaker's description: skip the walk.
      Optional<int[]> range = d.subtreeRange(dep.token(), 200);
      if (range.isPresent()) {
        for (int t = range.get()[1]; t >= range.get()[0]; t--) {
          if (d.ner(t).equals("PERSON")) {
            return Optional.of(heads.name(d, t));
          }
        }
      }
      if (first.isEmpty()) {
        first = Optional.of(heads.name(d, dep.token()));
      }
    }
    return first;
  }
}
