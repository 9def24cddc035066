package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.ActorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of one document under their canonical names. "Elon Musk" and a later "Musk" are one
 * actor; a pronoun or a role noun ("the company") is resolved to the actor it points back to.
 *
 * <p>Not thread-safe; one registry belongs to one analysis call.
 */
public final class ActorRegistry {

  /** A canonical actor, with every surface name and role the document gives it. */
  public static final class Entry {
    final String key;
    String name;
    ActorType type;
    final Set<String> surfaces = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();

    Entry(String key, String name, ActorType type) {
      this.key = key;
      this.name = name;
      this.type = type;
    }

    /** The canonical name, lower-cased: the same actor has the same key in every chunk. */
    public String key() {
      return key;
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
  private final List<Mention> names = new ArrayList<>();
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /** Collects every name the document gives outside its quotations. */
  public ActorRegistry(ParsedDocument d, MentionReader reader) {
    this.d = d;
    this.reader = reader;
    for (int t = 0; t < d.size(); t++) {
      String ner = d.ner(t);
      if ((ner.equals("PERSON") || ner.equals("ORGANIZATION"))
          && reader.isNameToken(d, t)
          && !d.isQuoted(t)) {
        Mention m = reader.name(d, t);
        names.add(m);
        t = m.last();
      }
    }
  }

  /** The actor a mention stands for, registering it on first sight. */
  public Optional<Entry> resolve(Mention m) {
    return switch (m.kind()) {
      case NAME -> Optional.of(register(m));
      case PRONOUN -> antecedent(m.first(), reader.actorKind(d, m)).map(this::register);
      case ROLE -> resolveRole(m);
    };
  }

  private Optional<Entry> resolveRole(Mention m) {
    String kind = reader.actorKind(d, m);
    String noun = reader.roleNoun(d, m);
    if (kind.equals("PERSON")) {
      // "the senator" is the latest actor the text gave that role.
      Entry best = null;
      int bestPos = -1;
      for (Mention n : names) {
        if (n.first() >= m.first()) {
          break;
        }
        Entry e = register(n);
        if (e.roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(noun))) {
          if (n.first() > bestPos) {
            best = e;
            bestPos = n.first();
          }
        }
      }
      return Optional.ofNullable(best);
    }
    return salientOrganization(m.first()).or(() -> antecedent(m.first(), kind)).map(this::register);
  }

  /**
   * The organisation that "the company" means: the one the text has most often made the subject
   * of a sentence so far, the latest on a tie. Articles name their main organisation as a subject
   * and mention others in passing.
   */
  private Optional<Mention> salientOrganization(int before) {
    Map<String, Integer> subjectCounts = new java.util.HashMap<>();
    Mention best = null;
    int bestCount = 0;
    for (Mention n : names) {
      if (n.first() >= before) {
        break;
      }
      if (!reader.actorKind(d, n).equals("ORGANIZATION") || !isSubject(n)) {
        continue;
      }
      String key = fullest(n).text().toLowerCase(Locale.ROOT);
      int count = subjectCounts.merge(key, 1, Integer::sum);
      if (count >= bestCount) {
        best = n;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean isSubject(Mention n) {
    for (int t = n.first(); t <= n.last(); t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isPresent() && head.get().relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** The latest name before the token whose actor kind fits. */
  private Optional<Mention> antecedent(int before, String kind) {
    Mention found = null;
    for (Mention n : names) {
      if (n.first() >= before) {
        break;
      }
      String k = reader.actorKind(d, n);
      if (kind.equals("ANY") || k.equals(kind)) {
        found = n;
      }
    }
    return Optional.ofNullable(found);
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
      e = new Entry(key, full.text(), type);
      entries.put(key, e);
      // Every name of the document that stands for the same actor adds its aliases and roles.
      for (Mention n : names) {
        if (fullest(n).text().equalsIgnoreCase(full.text())) {
          e.surfaces.add(n.text());
          e.roles.addAll(reader.rolesAt(d, n));
        }
      }
    }
    e.surfaces.add(m.text());
    e.surfaces.add(full.text());
    e.roles.addAll(reader.rolesAt(d, m));
    if (full != m) {
      e.roles.addAll(reader.rolesAt(d, full));
    }
    return e;
  }

  /**
   * The fullest name in the document that this one shortens: "Musk" shortens "Elon Musk" (a
   * surname), "Parallax" shortens "Parallax AI" (an organisation's first word). The nearest such
   * name before the mention wins, so two people who share a surname stay apart.
   */
  private Mention fullest(Mention m) {
    List<String> words = words(m);
    Mention best = null;
    for (Mention n : names) {
      List<String> longer = words(n);
      if (longer.size() <= words.size() || !extendsName(longer, words)) {
        continue;
      }
      if (best == null
          || n.first() < m.first() && (best.first() > m.first() || n.first() > best.first())) {
        best = n;
      }
    }
    return best == null ? m : fullest(best);
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
