package io.github.debatestance.core.aggregation;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.SourcedClaim;
import io.github.debatestance.core.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the corpus view keeps about one name: the documents' actors whose names have the same
 * {@link ActorName#key()}, folded together as they are read. A name that is only a title gets a
 * profile per document actor. It holds counts, sums, the
 * appearances and a few of the most confident claims per stance, never all claims, so its size
 * grows with the number of documents the name appears in, not with what they say.
 *
 * <p>Mutable and not thread-safe.
 */
final class ActorProfile {

  /** How many distinct evidence phrases to keep per stance. */
  private static final int MAX_EVIDENCE = 10;

  /** An appearance, with the position of its document in reading order. */
  record Sighting(ActorAppearance appearance, int readIndex) {}

  /** A claim kept as a candidate key claim, with where it was read. */
  record KeptClaim(SourcedClaim claim, int readIndex, int position) {
    double confidence() {
      return claim.claim().stance().confidence();
    }

    /** Most confident first, then first read. */
    static final Comparator<KeptClaim> BEST_FIRST =
        Comparator.comparingDouble(KeptClaim::confidence)
            .reversed()
            .thenComparingInt(KeptClaim::readIndex)
            .thenComparingInt(KeptClaim::position);
  }

  private final String key;
  private final ActorName name;
  private final int firstRead;
  private final int keyClaimsPerStance;
  private final Map<String, Integer> surfaceNames = new LinkedHashMap<>();
  // Keyed by ActorName key or lower case, so that spellings that differ only in case count once.
  private final Map<String, String> aliases = new LinkedHashMap<>();
  private final Map<String, String> roles = new LinkedHashMap<>();
  private int personVotes;
  private int organizationVotes;
  // A group's or a record's profile holds that one actor (CorpusAggregator keys it by document).
  private ActorType localType;
  private final StanceTally tally = new StanceTally(MAX_EVIDENCE);
  private final List<Sighting> sightings = new ArrayList<>();
  private final Map<Stance, List<KeptClaim>> keyClaims = new EnumMap<>(Stance.class);

  /**
   * @param key what tells this profile from the others: the name's key, or more where the name
   *     alone must not merge documents
   */
  ActorProfile(String key, ActorName name, int firstRead, int keyClaimsPerStance) {
    this.key = requireNonNull(key, "key");
    this.name = requireNonNull(name, "name");
    this.firstRead = firstRead;
    this.keyClaimsPerStance = keyClaimsPerStance;
    for (Stance s : Stance.values()) {
      keyClaims.put(s, new ArrayList<>());
    }
  }

  /** Folds in one document's actor and the claims the document attributes to it. */
  void add(
      Actor actor,
      List<Claim> claims,
      String documentId,
      LocalDate date,
      int readIndex,
      ActorStanceAggregator vote) {
    surfaceNames.merge(actor.name(), 1, Integer::sum);
    for (String alias : actor.aliases()) {
      aliases.putIfAbsent(ActorName.of(alias, actor.type()).key(), alias);
    }
    for (String role : actor.roles()) {
      roles.putIfAbsent(role.strip().toLowerCase(Locale.ROOT), role.strip());
    }
    switch (actor.type()) {
      case PERSON -> personVotes++;
      case ORGANIZATION -> organizationVotes++;
      case GROUP, RECORD -> localType = actor.type();
    }
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      // Weighed as within its document, so that an actor quoted in one document has the stance
      // that document gives; reading order is no clock, so documents weigh alike.
      tally.add(claim.stance(), vote.voteWeight(claim.stance(), i, claims.size()));
      keep(new KeptClaim(new SourcedClaim(documentId, claim), readIndex, i));
    }
    sightings.add(
        new Sighting(
            new ActorAppearance(documentId, date, actor.id(), actor.stance(), claims.size()),
            readIndex));
  }

  private void keep(KeptClaim candidate) {
    List<KeptClaim> kept = keyClaims.get(candidate.claim().claim().stance().label());
    if (kept.size() < keyClaimsPerStance) {
      kept.add(candidate);
      return;
    }
    KeptClaim worst = kept.stream().max(KeptClaim.BEST_FIRST).orElseThrow();
    if (KeptClaim.BEST_FIRST.compare(candidate, worst) < 0) {
      kept.set(kept.indexOf(worst), candidate);
    }
  }

  ActorName name() {
    return name;
  }

  String key() {
    return key;
  }

  int firstRead() {
    return firstRead;
  }

  /** The spelling the documents use most often, the first read on a tie. */
  String surfaceName() {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : surfaceNames.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  Collection<String> surfaceNames() {
    return surfaceNames.keySet();
  }

  /** The aliases by their {@link ActorName#key()}. */
  Map<String, String> aliases() {
    return aliases;
  }

  Collection<String> roles() {
    return roles.values();
  }

  /**
   * The type most documents give; a person on a tie, the commoner kind of speaker. A group's or a
   * record's profile holds that actor alone ({@link CorpusAggregator} keys it by its document), so
   * it keeps that type.
   */
  ActorType type() {
    if (localType != null) {
      return localType;
    }
    return personVotes >= organizationVotes ? ActorType.PERSON : ActorType.ORGANIZATION;
  }

  /**
   * Whether this profile names somebody only within its document, so that no other profile ever
   * joins it: a bare title or a description for a name, or a group or record for a type.
   */
  boolean isLocal() {
    return name.isDescriptionOnly() || type().isLocal();
  }

  /**
   * Whether the documents leave the type in doubt: they disagree on it, or the name is one bare
   * word with no role to say what it names, which is where a named-entity tagger errs most.
   */
  boolean typeUnsure() {
    return (personVotes > 0 && organizationVotes > 0) || (name.isOneWord() && roles.isEmpty());
  }

  int personVotes() {
    return personVotes;
  }

  int organizationVotes() {
    return organizationVotes;
  }

  StanceTally tally() {
    return tally;
  }

  List<Sighting> sightings() {
    return sightings;
  }

  List<KeptClaim> keyClaims() {
    List<KeptClaim> all = new ArrayList<>();
    keyClaims.values().forEach(all::addAll);
    return all;
  }
}
