package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.ActorType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actors of one document under their canonical names. "Elon Musk" and a later "Musk" are one
 * actor; a pronoun or a role noun ("the company") is resolved to the actor it points back to.
 *
 * <p>The document's names are indexed once, so that resolving a mention costs about the same in a
 * long document as in a short one.
 *
 * <p>Not thread-safe; one registry belongs to one analysis call.
 */
public final class ActorRegistry {

  /** A canonical actor, with every surface name and role the document gives it. */
  public static final class Entry {
    final String name;
    final ActorType type;
    final Set<String> surfaces = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();

    Entry(String name, ActorType type) {
      this.name = name;
      this.type = type;
    }

    /** The canonical name, lower-cased: the same actor has the same key in every chunk. */
    public String key() {
      return name.toLowerCase(Locale.ROOT);
    }

    public String name() {
      return name;
    }

    public ActorType type() {
      return type;
    }

    /** The other names the text uses for the actor. */
    public List<String> aliases() {
      return surfaces.stream().filter(s -> !s.equals(name)).toList();
    }

    public List<String> roles() {
      return List.copyOf(roles);
    }
  }

  private final ParsedDocument d;
  private final MentionReader reader;
  /** Every name outside the quotations, in document order. */
  private final List<Mention> names = new ArrayList<>();
  /** Names by their first and by their last word, lower-cased: the candidates a name shortens. */
  private final Map<String, List<Mention>> byFirstWord = new HashMap<>();
  private final Map<String, List<Mention>> byLastWord = new HashMap<>();
  private final Map<Mention, Mention> fullestCache = new HashMap<>();
  /** The names of each canonical actor, by the lower-cased canonical name. */
  private final Map<String, List<Mention>> namesByKey = new HashMap<>();
  private final Map<String, Set<String>> rolesByKey = new HashMap<>();
  private final Map<String, String> genderByKey = new HashMap<>();
  /**
   * For the i-th organisation named as a subject, the name of the organisation most often named as
   * a subject up to and including it, the latest on a tie.
   */
  private final List<Mention> subjectOrganizations = new ArrayList<>();
  private final List<Mention> salientSoFar = new ArrayList<>();
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  /**
   * The actors the text gives no name, by type and lower-cased words: groups, records, people it
   * only describes ("a longtime aide to Quill") and organisations it names only together ("both
   * companies"). None of them is ever an antecedent.
   */
  private final Map<String, Entry> nameless = new HashMap<>();
  /** The speakers of the claims resolved so far, each at the mention that names it as a speaker. */
  private final List<Spoken> spoken = new ArrayList<>();

  /** An actor named as a claim's speaker at a token: "the company said", "It said". */
  private record Spoken(int token, Entry entry) {}

  /** How many sentences after a role that no one held before the name that holds it may stand. */
  private static final int ROLE_LOOKAHEAD_SENTENCES = 3;

  /** Collects and indexes every name the document gives outside its quotations. */
  public ActorRegistry(ParsedDocument d, MentionReader reader) {
    this.d = d;
    this.reader = reader;
    Set<String> surnames = new HashSet<>();
    for (int t = 0; t < d.size(); t++) {
      String ner = d.ner(t);
      if ((ner.equals("PERSON") || ner.equals("ORGANIZATION"))
          && reader.isNameToken(d, t)
          && !d.isQuoted(t)) {
        Mention m = reader.name(d, t);
        List<String> w = index(m);
        if (w.size() > 1 && reader.actorKind(d, m).equals("PERSON")) {
          surnames.add(w.get(w.size() - 1));
        }
        t = m.last();
      } else if (isBareSurname(t, surnames)) {
        // NER often misses a surname that stands alone ("Asante came back to the point"), most
        // of all an unfamiliar one at the head of a sentence; the person it shortens is still
        // the latest one named, and a pronoun after it points back to them.
        names.add(new Mention(Mention.Kind.NAME, t, t, t, d.word(t)));
      }
    }
    addTurnLabels();
    Map<String, Integer> subjectCounts = new HashMap<>();
    Mention best = null;
    int bestCount = 0;
    for (Mention n : names) {
      String key = key(n);
      namesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
      if (reader.actorKind(d, n).equals("ORGANIZATION") && isSubject(n)) {
        int count = subjectCounts.merge(key, 1, Integer::sum);
        if (count >= bestCount) {
          best = n;
          bestCount = count;
        }
        subjectOrganizations.add(n);
        salientSoFar.add(best);
      }
    }
  }

  /**
   * Adds the names that label the turns of a transcript, where NER has not found them: NER misses
   * many a name set in capitals ("Mrs SOLHEIM:"), and without the full name in the label that
   * gives it ("THE CHAIR (Mrs Petra SOLHEIM):") the later "SOLHEIM" would not be joined to it.
   */
  private void addTurnLabels() {
    List<Mention> labels = new ArrayList<>();
    for (Quotation q : d.quotations()) {
      if (q.isTurn() && q.speakerLabel() != null) {
        LabelNames.labelName(d, q.speakerLabel())
            .filter(m -> Character.isUpperCase(m.text().codePointAt(0)))
            .ifPresent(labels::add);
      }
    }
    if (labels.isEmpty()) {
      return;
    }
    labels.stream().filter(m -> !overlapsName(m)).forEach(this::index);
    addNamesSpokenInTurns(labels);
    names.sort(Comparator.comparingInt(Mention::first));
  }

  /**
   * "HOST: My guest today is Omar Haddad. ... HADDAD: ...": a label of one word may be the
   * surname of a person whom only the talk itself names in full, as a host does in introducing a
   * guest. Where the quotations name exactly one person with that surname, the full name is
   * indexed too, so that the label is joined to it.
   */
  private void addNamesSpokenInTurns(List<Mention> labels) {
    Set<String> surnames = new HashSet<>();
    for (Mention label : labels) {
      if (label.first() == label.last()) {
        surnames.add(label.text().toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Map<String, Mention>> spokenBySurname = new HashMap<>();
    for (int t = 0; t < d.size() && !surnames.isEmpty(); t++) {
      if (d.isQuoted(t) && d.ner(t).equals("PERSON") && reader.isNameToken(d, t)) {
        // The mention reader stops a name at a quotation's words, so NER's span is read here.
        int first = t;
        while (t + 1 < d.size() && d.isQuoted(t + 1) && d.ner(t + 1).equals("PERSON")
            && reader.isNameToken(d, t + 1)) {
          t++;
        }
        Mention m =
            new Mention(Mention.Kind.NAME, first, t, t, d.text().substring(d.begin(first), d.end(t)));
        List<String> w = words(m);
        if (w.size() > 1 && surnames.contains(w.get(w.size() - 1))) {
          spokenBySurname
              .computeIfAbsent(w.get(w.size() - 1), k -> new HashMap<>())
              .putIfAbsent(m.text().toLowerCase(Locale.ROOT), m);
        }
      }
    }
    for (Map<String, Mention> spoken : spokenBySurname.values()) {
      if (spoken.size() == 1) {
        Mention only = spoken.values().iterator().next();
        if (!overlapsName(only)) {
          index(only);
        }
      }
    }
  }

  /** Adds a name to the document's names and to the indexes by its first and last word. */
  private List<String> index(Mention m) {
    names.add(m);
    List<String> w = words(m);
    byFirstWord.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(m);
    byLastWord.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>()).add(m);
    return w;
  }

  private boolean overlapsName(Mention m) {
    return names.stream().anyMatch(n -> n.first() <= m.last() && m.first() <= n.last());
  }

  /**
   * Whether the token is a surname of a person named in full before it, standing alone as a proper
   * noun outside any quotation, where NER gave it no name of its own.
   */
  private boolean isBareSurname(int t, Set<String> surnames) {
    return d.tag(t).equals("NNP")
        && !d.isQuoted(t)
        && surnames.contains(d.word(t).toLowerCase(Locale.ROOT))
        && (t == 0 || !d.tag(t - 1).startsWith("NNP"))
        && (t + 1 >= d.size() || !d.tag(t + 1).startsWith("NNP"))
        && !hyphenated(t);
  }

  /**
   * Whether the token is half of a hyphenated word, which the tokenizer splits: "Baptiste" in
   * "Okonkwo-Baptiste" is no surname standing alone.
   */
  private boolean hyphenated(int t) {
    return (t > 0 && d.word(t - 1).equals("-") && d.joinsNeighbours(t - 1))
        || (t + 1 < d.size() && d.word(t + 1).equals("-") && d.joinsNeighbours(t + 1));
  }

  /** The actor a mention stands for, registering it on first sight. */
  public Optional<Entry> resolve(Mention m) {
    return switch (m.kind()) {
      case NAME -> Optional.of(register(m));
      case PRONOUN -> resolvePronoun(m);
      case ROLE -> resolveRole(m);
      case GROUP -> Optional.of(group(m));
      case RECORD -> Optional.of(local(m, ActorType.RECORD));
      case DESCRIPTION -> Optional.of(described(m));
    };
  }

  /**
   * The person a description stands for ("a longtime aide to Quill"): the same words twice are
   * one person. Like a group, the person is never joined to a named actor, and no pronoun or role
   * is resolved to them: the text names them once, by how they stand to others.
   */
  private Entry described(Mention m) {
    return local(m, ActorType.PERSON);
  }

  /**
   * The group a mention names. "Both companies said": a plural of a noun that organisations hold
   * names organisations together, not people; it is still no antecedent, as a group is not.
   */
  private Entry group(Mention m) {
    Mention head = new Mention(Mention.Kind.ROLE, m.head(), m.head(), m.head(), d.word(m.head()));
    boolean organizations = reader.actorKind(d, head).equals("ORGANIZATION");
    return local(m, organizations ? ActorType.ORGANIZATION : ActorType.GROUP);
  }

  /**
   * The actor a mention names without a name: the same words twice in the document ("Critics said
   * ... critics also argued", "a new poll ... the new poll") are one actor, and it is never joined
   * to a named actor, nor a pronoun or a role resolved to it through its name.
   */
  private Entry local(Mention m, ActorType type) {
    String name = WHITESPACE.matcher(m.text()).replaceAll(" ");
    return nameless.computeIfAbsent(
        type + " " + name.toLowerCase(Locale.ROOT), k -> new Entry(name, type));
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Whether the actor is one the text gives no name ({@link #local}). */
  private boolean isNameless(Entry e) {
    return nameless.containsValue(e);
  }

  /**
   * Records that a claim's speaker mention stands for this actor. A pronoun or a role noun later
   * in the text may point back to it: in "...," the company said. It said it would ..., "it" is
   * the company that spoke, whatever organisation the quotation names.
   */
  public void noteSpeaker(Mention m, Entry e) {
    spoken.add(new Spoken(m.first(), e));
  }

  /**
   * The antecedent of a pronoun: the latest name of its kind and gender, unless a claim's speaker
   * of that kind was named after it ("the company said ... It added"): news goes on with the
   * actor it has just quoted.
   */
  private Optional<Entry> resolvePronoun(Mention m) {
    String kind = reader.actorKind(d, m);
    String gender = reader.pronounGender(d, m);
    Optional<Mention> ahead = mainSubjectAhead(m, kind, gender);
    if (ahead.isPresent()) {
      return ahead.map(this::register);
    }
    Optional<Mention> name = antecedent(m.first(), kind, gender);
    int after = name.map(Mention::first).orElse(-1);
    Spoken latest = null;
    for (Spoken s : spoken) {
      if (s.token() > after
          && s.token() < m.first()
          && (latest == null || s.token() > latest.token())
          && fits(s.entry(), kind, gender)) {
        latest = s;
      }
    }
    return latest != null ? Optional.of(latest.entry()) : name.map(this::register);
  }

  /**
   * The name that a pronoun opening a fronted subordinate clause points ahead to: in "Even as he
   * praised the plan, Reyes voted against it" and "Though she never named him, Quill ...", a
   * conjunction that begins the sentence opens a clause with the pronoun for its subject, and the
   * name right after that clause's comma, of the pronoun's kind and gender, is the main clause's
   * subject and the person meant. Empty where the sentence is not built so.
   */
  private Optional<Mention> mainSubjectAhead(Mention m, String kind, String gender) {
    int p = m.first();
    int mark = p - 1;
    Optional<ParsedDocument.Dependent> verb = d.head(p);
    if (mark < 0 || verb.isEmpty() || !verb.get().relation().equals("nsubj")
        || !d.tag(mark).equals("IN") || d.word(mark).equalsIgnoreCase("that")
        || d.head(mark).filter(h -> h.relation().equals("mark")
            && h.token() == verb.get().token()).isEmpty()) {
      return Optional.empty();
    }
    int first = d.sentenceBegin(d.sentenceOf(p));
    for (int t = first; t < mark; t++) {
      // "Even as he ...", "But when she ...": only a conjunction or an adverb before the mark.
      if (!(d.tag(t).equals("CC") || d.tag(t).startsWith("RB"))) {
        return Optional.empty();
      }
    }
    int end = d.sentenceEnd(d.sentenceOf(p));
    int comma = p + 1;
    while (comma < end && !(d.word(comma).equals(",") && !d.isQuoted(comma))) {
      if (d.isQuoted(comma)) {
        return Optional.empty();
      }
      comma++;
    }
    int next = countBefore(names, comma);
    if (comma >= end || next >= names.size()) {
      return Optional.empty();
    }
    Mention n = names.get(next);
    int after = n.last() + 1;
    boolean subject = after < end && !d.tag(after).equals("POS") && !d.tag(after).startsWith("NN")
        && !d.word(after).equals("’s") && !d.word(after).equals("'s");
    // A title may stand before the name ("..., Sen. Quill said").
    for (int t = comma + 1; t < n.first(); t++) {
      if (t > comma + 2 || !d.tag(t).equals("NNP")) {
        return Optional.empty();
      }
    }
    return subject
        && (kind.equals("ANY") || reader.actorKind(d, fullest(n)).equals(kind))
        && (gender.equals("NONE") || fitsGender(n, gender))
        ? Optional.of(n) : Optional.empty();
  }

  private boolean fits(Entry e, String kind, String gender) {
    // A group that spoke is no antecedent of "they": news uses it as often for the actors a
    // sentence names, and reading it as the group gained nothing on the corpus we measure on.
    if (isNameless(e)
        || !(kind.equals("ANY") || kind.equals(e.type().name()))) {
      return false;
    }
    if (gender.equals("NONE")) {
      return true;
    }
    List<Mention> known = namesByKey.get(e.key());
    return known == null || fitsGender(known.get(0), gender);
  }

  /**
   * The actor a mention stands for, where it cannot be {@code excluded}: the object of a verb
   * ("Osei praised her") does not point back to the verb's subject, so a pronoun there skips the
   * subject's names. Registers the actor on first sight.
   */
  public Optional<Entry> resolveOther(Mention m, Entry excluded) {
    if (m.kind() != Mention.Kind.PRONOUN) {
      return resolve(m);
    }
    String kind = reader.actorKind(d, m);
    for (int i = namesBefore(m.first()) - 1; i >= 0; i--) {
      Mention n = names.get(i);
      if ((kind.equals("ANY") || reader.actorKind(d, n).equals(kind))
          && !key(n).equals(excluded.key())) {
        return Optional.of(register(n));
      }
    }
    return Optional.empty();
  }

  /**
   * A capitalised word that the document names an actor with elsewhere, where NER missed it here
   * ("OpenAI" tagged as a common noun in one sentence and as an organisation in the next): a word
   * of a name NER found, or a name the registry has resolved.
   */
  public Optional<Mention> knownNameAt(int t) {
    String word = d.word(t);
    if (d.isQuoted(t) || word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return Optional.empty();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    boolean known =
        byFirstWord.containsKey(lower)
            || byLastWord.containsKey(lower)
            || entries.values().stream()
                .flatMap(e -> e.surfaces.stream())
                .anyMatch(surface -> surface.equalsIgnoreCase(word));
    return known ? Optional.of(new Mention(Mention.Kind.NAME, t, t, t, word)) : Optional.empty();
  }

  private Optional<Entry> resolveRole(Mention m) {
    String kind = reader.actorKind(d, m);
    if (kind.equals("PERSON")) {
      // "the senator" is the latest actor the text gave that role.
      String noun = reader.roleNoun(d, m);
      for (int i = namesBefore(m.first()) - 1; i >= 0; i--) {
        Mention n = names.get(i);
        if (hasRole(n, noun)) {
          return Optional.of(register(n));
        }
      }
      // Where no one named holds the role, a description that places the person ("the former
      // chief of staff to Quill") still stands for one person, as "a former aide to Quill" would.
      return roleNamedLater(m, noun)
          .or(() -> onlyPersonJustNamed(m))
          .map(this::register)
          .or(() -> reader.placedAt(d, m.head()).map(this::described));
    }
    Optional<Mention> named = namedAfterRole(m);
    if (named.isPresent()) {
      return named.map(this::register);
    }
    Optional<Entry> spokenBefore = spokenOrganization(m.first());
    if (spokenBefore.isPresent()) {
      return spokenBefore;
    }
    return salientOrganization(m.first())
        .or(() -> antecedent(m.first(), kind, "NONE"))
        .map(this::register);
  }

  /**
   * The one person the sentence before a role names, where no one holds the role: news varies how
   * it refers to the person it has just named ("Samir Haddadi did not mince words. "...," the
   * founder of Quillon Labs told an audience"). With two people named there, the role could be
   * either's, and is no one's. Nor is it the person's where the text has given them other roles
   * ("Haddadi, a lawyer, ..." is not "the senator"), or used the role before it first named them
   * ("The mayor spoke first. Then Haddadi ... The mayor said"): the role is then someone else's.
   */
  private Optional<Mention> onlyPersonJustNamed(Mention m) {
    return personJustNamed(m).filter(n -> rolesOf(key(n)).isEmpty() && !roleUsedBefore(m, n));
  }

  /** Whether the role noun of {@code m} already stood for someone before {@code n} was named. */
  private boolean roleUsedBefore(Mention m, Mention n) {
    String noun = reader.roleNoun(d, m);
    // The actor's names, in document order: the first is where the text first named them.
    int named = namesByKey.getOrDefault(key(n), List.of(n)).get(0).first();
    for (int t = 1; t < named; t++) {
      if (d.lemma(t).equalsIgnoreCase(noun) && d.word(t - 1).equalsIgnoreCase("the")) {
        return true;
      }
    }
    return false;
  }

  private Optional<Mention> personJustNamed(Mention m) {
    int sentence = d.sentenceOf(m.first());
    if (sentence == 0) {
      return Optional.empty();
    }
    Mention only = null;
    for (int i = namesBefore(m.first()) - 1; i >= 0; i--) {
      Mention n = names.get(i);
      if (d.sentenceOf(n.first()) < sentence - 1) {
        break;
      }
      if (!d.isQuoted(n.first()) && reader.actorKind(d, n).equals("PERSON")) {
        if (only != null && !key(only).equals(key(n))) {
          return Optional.empty();
        }
        only = n;
      }
    }
    return Optional.ofNullable(only);
  }

  private boolean hasRole(Mention n, String noun) {
    return rolesOf(key(n)).stream().anyMatch(r -> reader.holdsRole(r, noun));
  }

  /**
   * A role that opens an article before anyone holds it ("The chief executive of Halden Labs has
   * told staff ...") names the person whom the next sentences give that role: news leads often
   * hold the name back for a sentence or two.
   */
  private Optional<Mention> roleNamedLater(Mention m, String noun) {
    int lastSentence = d.sentenceOf(m.first()) + ROLE_LOOKAHEAD_SENTENCES;
    for (int i = namesBefore(m.last() + 1); i < names.size(); i++) {
      Mention n = names.get(i);
      if (d.sentenceOf(n.first()) > lastSentence) {
        break;
      }
      if (reader.actorKind(d, n).equals("PERSON") && hasRole(n, noun)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation that the claims before the mention have most often had for their speaker,
   * the latest on a tie: the company an article quotes is the one that "the company" means when it
   * speaks again, even where NER did not tag its name.
   */
  private Optional<Entry> spokenOrganization(int before) {
    Map<Entry, Integer> counts = new HashMap<>();
    Map<Entry, Integer> latest = new HashMap<>();
    for (Spoken s : spoken) {
      if (s.token() < before && s.entry().type() == ActorType.ORGANIZATION
          && !isNameless(s.entry())) {
        counts.merge(s.entry(), 1, Integer::sum);
        latest.merge(s.entry(), s.token(), Math::max);
      }
    }
    return counts.keySet().stream()
        .max(
            Comparator.comparingInt((Entry e) -> counts.get(e))
                .thenComparingInt(e -> latest.get(e)));
  }

  /**
   * The latest organisation before the mention whose name holds the role noun: "the authority" is
   * the Norland AI Office, "the lab" Corvane Labs.
   */
  private Optional<Mention> namedAfterRole(Mention m) {
    String noun = reader.roleNoun(d, m);
    for (int i = namesBefore(m.first()) - 1; i >= 0; i--) {
      Mention n = names.get(i);
      if (reader.actorKind(d, n).equals("ORGANIZATION")
          && words(fullest(n)).stream().anyMatch(w -> w.equals(noun) || w.equals(noun + "s"))) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation that "the company" means: the one the text has most often made the subject
   * of a sentence so far, the latest on a tie. Articles name their main organisation as a subject
   * and mention others in passing.
   */
  private Optional<Mention> salientOrganization(int before) {
    int i = countBefore(subjectOrganizations, before);
    return i == 0 ? Optional.empty() : Optional.of(salientSoFar.get(i - 1));
  }

  private boolean isSubject(Mention n) {
    if (d.node(n.head()) == null) {
      return looksLikeSubject(n);
    }
    for (int t = n.first(); t <= n.last(); t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isPresent() && head.get().relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Subjecthood read from the tags, for a sentence the parser skipped: the name opens a clause (at
   * the start, or after punctuation or a conjunction) and a verb follows within a few words, past
   * at most a short adverbial ("Northwind Labs on Monday released").
   */
  private boolean looksLikeSubject(Mention n) {
    int before = n.first() - 1;
    if (before >= d.sentenceBegin(d.sentenceOf(n.first()))) {
      String tag = d.tag(before);
      boolean opensClause = tag.equals(",") || tag.equals(":") || tag.equals("CC")
          || tag.equals("``") || tag.equals("HYPH") || Dashes.isDashRun(d.word(before));
      if (!opensClause) {
        return false;
      }
    }
    int end = Math.min(d.sentenceEnd(d.sentenceOf(n.first())), n.last() + 5);
    for (int t = n.last() + 1; t < end; t++) {
      String tag = d.tag(t);
      if (ParsedDocument.isVerbTag(tag)) {
        return true;
      }
      if (!(tag.equals("IN") || tag.startsWith("NNP") || tag.equals("CD") || tag.equals("RB"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The latest name before the token whose actor kind fits and whose gender, where the text tells
   * it, is the pronoun's; a subject of the sentence that holds that name comes first.
   */
  private Optional<Mention> antecedent(int before, String kind, String gender) {
    Mention latest = null;
    Mention subject = null;
    for (int i = namesBefore(before) - 1; i >= 0; i--) {
      Mention n = names.get(i);
      // A name's kind is its actor's: "Corvane", which NER took for a person in one sentence, is
      // still the organisation Corvane AI that the fuller name shows.
      if (!(kind.equals("ANY") || reader.actorKind(d, fullest(n)).equals(kind))
          || !(gender.equals("NONE") || fitsGender(n, gender))) {
        continue;
      }
      if (latest == null) {
        latest = n;
      } else if (d.sentenceOf(n.first()) != d.sentenceOf(latest.first())) {
        break;
      }
      // In the sentence that names it last, the subject is the likelier antecedent: in "Lena
      // Forsberg, who advises Corvane, said ...", "she" is Forsberg. Of its subjects, the
      // first is the main clause's: in "Tyler said that Reyes has ..., he said", "he" is Tyler.
      if (isSubject(n)) {
        subject = n;
      }
    }
    return Optional.ofNullable(subject != null ? subject : latest);
  }

  private boolean fitsGender(Mention n, String gender) {
    String key = key(n);
    String known =
        genderByKey.computeIfAbsent(
            key, k -> reader.personGender(d, namesByKey.getOrDefault(k, List.of(n)), fullest(n)));
    return known.equals("NONE") || known.equals(gender);
  }

  /** How many of the document's names begin before the token. */
  private int namesBefore(int token) {
    return countBefore(names, token);
  }

  /** How many mentions of an ordered list begin before the token. */
  private static int countBefore(List<Mention> ordered, int token) {
    int lo = 0;
    int hi = ordered.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ordered.get(mid).first() < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private Entry register(Mention m) {
    Mention full = fullest(m);
    String key = full.text().toLowerCase(Locale.ROOT);
    Entry e = entries.get(key);
    if (e == null) {
      ActorType type =
          reader.actorKind(d, full).equals("ORGANIZATION")
              ? ActorType.ORGANIZATION
              : ActorType.PERSON;
      // A person's surname in capitals ("WANG Lifen") is shown as the rest of the text writes it;
      // an organisation's capitals are its acronym.
      e = new Entry(
          type == ActorType.PERSON ? LabelNames.capitalsInTitleCase(full.text()) : full.text(),
          type);
      entries.put(key, e);
      // Every name of the document that stands for the same actor adds its aliases and roles.
      for (Mention n : namesByKey.getOrDefault(key, List.of())) {
        e.surfaces.add(n.text());
      }
      e.roles.addAll(rolesOf(key));
    }
    e.surfaces.add(m.text());
    e.surfaces.add(full.text());
    e.roles.addAll(reader.rolesAt(d, m));
    if (full != m) {
      e.roles.addAll(reader.rolesAt(d, full));
    }
    return e;
  }

  /** The roles the document gives, at any of its names, to the actor with this canonical key. */
  private Set<String> rolesOf(String key) {
    return rolesByKey.computeIfAbsent(
        key,
        k -> {
          Set<String> roles = new LinkedHashSet<>();
          for (Mention n : namesByKey.getOrDefault(k, List.of())) {
            roles.addAll(reader.rolesAt(d, n));
          }
          return roles;
        });
  }

  private String key(Mention m) {
    return fullest(m).text().toLowerCase(Locale.ROOT);
  }

  /**
   * The fullest name in the document that this one shortens: "Musk" shortens "Elon Musk" (a
   * surname), "Corvane" shortens "Corvane AI" (an organisation's first word). The nearest such
   * name before the mention wins, so two people who share a surname stay apart.
   */
  private Mention fullest(Mention m) {
    Mention cached = fullestCache.get(m);
    if (cached != null) {
      return cached;
    }
    List<String> words = words(m);
    Mention best = null;
    // A place shortens a person's name that ends in it ("Jordan" for a Tom Jordan), but it only
    // opens an organisation's name ("Washington" in "Washington Post") without standing for it.
    List<Mention> byFirst =
        ActorKinds.isPlace(d, m) ? List.of() : byFirstWord.getOrDefault(words.get(0), List.of());
    String gender = null;
    int bestFit = 0;
    for (List<Mention> candidates :
        List.of(byLastWord.getOrDefault(words.get(words.size() - 1), List.of()), byFirst)) {
      for (Mention n : candidates) {
        List<String> longer = words(n);
        if (longer.size() <= words.size() || !extendsName(longer, words)) {
          continue;
        }
        if (gender == null) {
          gender = reader.personGender(d, List.of(m), m);
        }
        int fit = genderFit(n, gender);
        if (fit < 0) {
          continue;
        }
        if (best == null || fit > bestFit || fit == bestFit && isNearer(n, best, m.first())) {
          best = n;
          bestFit = fit;
        }
      }
    }
    Mention result = best == null ? m : fullest(best);
    fullestCache.put(m, result);
    return result;
  }

  /**
   * How well a longer name fits the gender that a shorter one's title tells ("Mrs. Okafor"): 3
   * where its own title or first name tells the same gender, 2 where it tells none, 1 where only
   * its first name tells the other (name lists give some first names to both, as "Lindsey" or
   * "Lee") or where it names an organisation, and -1 where its own title tells the other: "Mrs.
   * Okafor" is then another person than "Mr. Tom Okafor". Any name fits 2 where the shorter one
   * tells no gender.
   */
  private int genderFit(Mention n, String gender) {
    if (gender.equals("NONE")) {
      return 2;
    }
    if (reader.actorKind(d, n).equals("ORGANIZATION")) {
      return 1;
    }
    String own = reader.personGender(d, List.of(n), n);
    if (own.equals("NONE")) {
      return 2;
    }
    if (own.equals(gender)) {
      return 3;
    }
    return reader.titleGender(d, n).equals("NONE") ? 1 : -1;
  }

  /** Whether {@code n} is a better antecedent than {@code best}: nearest before, else first after. */
  private static boolean isNearer(Mention n, Mention best, int position) {
    boolean nBefore = n.first() < position;
    boolean bestBefore = best.first() < position;
    if (nBefore != bestBefore) {
      return nBefore;
    }
    return nBefore ? n.first() > best.first() : n.first() < best.first();
  }

  private static boolean extendsName(List<String> longer, List<String> shorter) {
    return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)
        || longer.subList(0, shorter.size()).equals(shorter);
  }

  private List<String> words(Mention m) {
    List<String> w = new ArrayList<>();
    for (int t = m.first(); t <= m.last(); t++) {
      w.add(d.word(t).toLowerCase(Locale.ROOT));
    }
    return w;
  }
}
