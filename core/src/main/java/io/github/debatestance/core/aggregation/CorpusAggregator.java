package io.github.debatestance.core.aggregation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.CorpusRelation;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.SourcedClaim;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the debate over a whole corpus from the debate maps of its documents, read one at a time:
 * {@link #add} each map as it is analysed, then ask for the {@link #result()}.
 *
 * <p><b>Memory.</b> The aggregator keeps no document text and no claim beyond a few per actor. For
 * each distinct name it keeps counts, stance sums, the roles and aliases, one {@link
 * ActorAppearance} per document the name speaks in, and the most confident claims of each stance;
 * for each pair of names and relation type, counts, a few pieces of evidence and the document ids.
 * It grows with the number of actors and appearances, which the corpus map holds anyway, and keeps
 * the document ids to refuse a repeated one; it does not grow with what the documents say.
 *
 * <p><b>Merging actors.</b> Each document names its actors in its own way, so the aggregator
 * decides which of them are the same person or organisation. Names are first compared in a
 * normalised form: lower case, accents and punctuation folded, a leading "the", a person's titles
 * ("Dr.", "Senator") and a possessive dropped. Then, in {@link #result()}, over the whole corpus:
 *
 * <ol>
 *   <li>The same normalised name is the same actor ("Ada Quill", "Dr. Ada Quill"), whatever type
 *       the documents give it. A name that is only a title ("Mr.", "the senator") names nobody in
 *       particular, and a {@link ActorType#GROUP group} ("critics") is a different set of people
 *       in each document: neither is ever merged across documents.
 *   <li>Full names of people that fit each other are one person: the same surname and
 *       generational suffix, first names that agree (equal, or one the other's initial), and the
 *       middle names of the shorter among those of the longer ("Ada B. Quill", "Ada Quill", "A.
 *       Quill"). A name that fits several people ("A. Quill" beside "Ada Quill" and "Alma Quill")
 *       stays apart; first names that conflict never merge.
 *   <li>A one-word name merges with the single actor it can be short for: the person whose
 *       surname it is ("Quill"), or the organisation it begins when the rest only says it is an
 *       organisation ("Pellucid" for "Pellucid Labs"; not "Harrowgate" for "Harrowgate Post").
 *   <li>Any name merges with the single actor that a document gave it as an alias, or whose
 *       stated role of two words or more it is ("Brightwater chief" when a document called Ada
 *       Quill that).
 *   <li>Where rules 3 and 4 find several actors (two people share a surname), the name's roles
 *       break the tie if they share a word of four letters or more with the roles of exactly one
 *       of them; otherwise the name stays an actor of its own. A wrong merge costs more than a
 *       missed one, since it mixes two people's stances.
 *   <li>Rules 3 and 4 require the same type (person or organisation), unless the name's type is in
 *       doubt: documents disagree on it, or it is one bare word without a role.
 * </ol>
 *
 * <p>Rules 2 to 6 look only at the set of names in the corpus, sorted, and every short name is
 * placed against the groups of full names before any short name joins one. So the merges do not
 * depend on reading order: a surname read before its full name still merges when the full name
 * arrives. Two local actors of one document that the rules merge give two appearances.
 *
 * <p><b>Stance.</b> An actor's corpus stance is the vote of {@link ActorStanceAggregator} over all
 * of its claims. Each claim votes with the weight it has in its own document (its confidence,
 * raised for a speaker's later claims there), so an actor quoted in one document has the stance
 * that document gives; documents add no weight to one another, since the order in which a corpus
 * is read is not the order in which things were said. The vote keeps per-stance sums, so it needs
 * no claim once counted. Each appearance keeps the stance the actor took in that document, so
 * that {@link CorpusActor#timeline()} shows change over time where documents have dates.
 *
 * <p><b>Relations</b> between documents' actors are carried over to the merged actors and summed
 * per source, target and type. A relation between two local actors that merge into one actor is
 * dropped.
 *
 * <p>Thread-safe: {@link #add} and {@link #result()} are synchronized, so several threads may add
 * maps, though a stream of results is usually consumed by one.
 */
public final class CorpusAggregator {

  /** How many key claims each actor keeps by default. */
  public static final int DEFAULT_KEY_CLAIMS = 5;

  private static final int MAX_RELATION_EVIDENCE = 3;
  private static final int MAX_STANCE_EVIDENCE = 10;

  private record RelationKey(String source, String target, RelationType type) {}

  private final ActorStanceAggregator stanceAggregator;
  private final int keyClaims;
  private final Map<String, ActorProfile> profiles = new HashMap<>();
  private final Map<RelationKey, RelationTally> relations = new LinkedHashMap<>();
  private final Set<String> documentIds = new HashSet<>();
  private int documentCount;
  private int claimCount;

  /** An aggregator with the default stance vote and {@link #DEFAULT_KEY_CLAIMS} key claims. */
  public CorpusAggregator() {
    this(ActorStanceAggregator.defaults(), DEFAULT_KEY_CLAIMS);
  }

  /**
   * @param stanceAggregator decides each actor's corpus stance from their claims
   * @param keyClaims how many key claims to keep per actor, at least 1
   */
  public CorpusAggregator(ActorStanceAggregator stanceAggregator, int keyClaims) {
    this.stanceAggregator = requireNonNull(stanceAggregator, "stanceAggregator");
    checkArgument(keyClaims >= 1, "keyClaims must be at least 1: keyClaims=%s", keyClaims);
    this.keyClaims = keyClaims;
  }

  /** Adds a document with no known date. */
  public void add(DebateMap map) {
    add(map, null);
  }

  /**
   * Adds one document's map.
   *
   * @param map the document's debate map
   * @param date the document's publication date, or {@code null} when it is not known
   * @throws IllegalArgumentException if a document with the same id was added before, or the map
   *     is inconsistent (a claim's speaker or a relation's actor is not one of its actors); the
   *     aggregator is then unchanged
   */
  public synchronized void add(DebateMap map, LocalDate date) {
    requireNonNull(map, "map");
    Map<String, List<Claim>> claimsBySpeaker = validate(map);
    int readIndex = documentCount;
    documentIds.add(map.documentId());
    documentCount++;
    claimCount += map.claims().size();
    Map<String, String> keyOfLocal = new HashMap<>();
    for (Actor actor : map.actors()) {
      ActorName name = ActorName.of(actor.name(), actor.type());
      // A bare title ("the senator"), a description ("a longtime aide"), a group ("critics") or a
      // record ("a new poll") names nobody beyond its document.
      String key =
          name.isDescriptionOnly() || actor.type().isLocal()
              ? name.key() + " @" + map.documentId() + "/" + actor.id()
              : name.key();
      ActorProfile profile =
          profiles.computeIfAbsent(key, k -> new ActorProfile(k, name, readIndex, keyClaims));
      profile.add(
          actor,
          claimsBySpeaker.getOrDefault(actor.id(), List.of()),
          map.documentId(),
          date,
          readIndex,
          stanceAggregator);
      keyOfLocal.put(actor.id(), key);
    }
    for (Relation r : map.relations()) {
      String source = keyOfLocal.get(r.sourceActorId());
      String target = keyOfLocal.get(r.targetActorId());
      if (source.equals(target)) {
        continue;
      }
      relations
          .computeIfAbsent(
              new RelationKey(source, target, r.type()),
              k -> new RelationTally(MAX_RELATION_EVIDENCE))
          .add(r.inferred(), r.evidence(), map.documentId(), readIndex);
    }
  }

  /** Checks the whole map before anything is recorded, and groups its claims by speaker. */
  private Map<String, List<Claim>> validate(DebateMap map) {
    checkArgument(
        !documentIds.contains(map.documentId()),
        "a document with this id was already added: %s",
        map.documentId());
    Set<String> actorIds = new HashSet<>();
    for (Actor actor : map.actors()) {
      checkArgument(
          actorIds.add(actor.id()),
          "two actors share an id: document=%s, id=%s",
          map.documentId(),
          actor.id());
    }
    Map<String, List<Claim>> bySpeaker = new HashMap<>();
    for (Claim claim : map.claims()) {
      if (claim.speaker() != null) {
        String speaker = claim.speaker().actorId();
        checkArgument(
            actorIds.contains(speaker),
            "a claim's speaker is not one of the map's actors: document=%s, claim=%s, speaker=%s",
            map.documentId(),
            claim.id(),
            speaker);
        bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(claim);
      }
    }
    for (Relation r : map.relations()) {
      checkArgument(
          actorIds.contains(r.sourceActorId()) && actorIds.contains(r.targetActorId()),
          "a relation's actor is not one of the map's actors: document=%s, relation=%s -> %s",
          map.documentId(),
          r.sourceActorId(),
          r.targetActorId());
    }
    return bySpeaker;
  }

  /** How many documents were added so far. */
  public synchronized int documentCount() {
    return documentCount;
  }

  /**
   * The corpus map of every document added so far. Merges are decided afresh on each call, over
   * all names read so far, so a later document can join actors that an earlier result kept apart.
   */
  public synchronized CorpusMap result() {
    List<ActorProfile> sorted = new ArrayList<>(profiles.values());
    sorted.sort(Comparator.comparing(ActorProfile::key));
    ProfileClusters clusters = new ProfileClusters(sorted);
    Map<Integer, List<ActorProfile>> groups = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      groups.computeIfAbsent(clusters.clusterOf(i), k -> new ArrayList<>()).add(sorted.get(i));
    }
    List<Draft> drafts = new ArrayList<>();
    for (List<ActorProfile> members : groups.values()) {
      drafts.add(draft(members));
    }
    drafts.sort(
        Comparator.comparingInt((Draft d) -> -d.tally().total())
            .thenComparingInt(d -> -d.documents())
            .thenComparing(Draft::name)
            .thenComparing(Draft::firstKey));
    Map<String, String> corpusIdOfKey = new HashMap<>();
    List<CorpusActor> actors = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      String id = "c" + (i + 1);
      d.members().forEach(p -> corpusIdOfKey.put(p.key(), id));
      actors.add(d.toActor(id));
    }
    return new CorpusMap(
        documentCount, claimCount, actors, corpusRelations(corpusIdOfKey), camps(drafts, actors));
  }

  /** One merged actor before it has its corpus id. */
  private record Draft(
      List<ActorProfile> members,
      String name,
      List<String> aliases,
      ActorType type,
      List<String> roles,
      StanceTally tally,
      StanceAssessment stance,
      List<ActorAppearance> appearances,
      List<SourcedClaim> keyClaims) {

    String firstKey() {
      return members.get(0).key();
    }

    int documents() {
      return (int) appearances.stream().map(ActorAppearance::documentId).distinct().count();
    }

    CorpusActor toActor(String id) {
      Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
      for (Stance s : Stance.values()) {
        counts.put(s, tally.count(s));
      }
      return new CorpusActor(
          id, name, aliases, type, roles, stance, counts, appearances, keyClaims);
    }
  }

  private Draft draft(List<ActorProfile> group) {
    List<ActorProfile> members = new ArrayList<>(group);
    members.sort(
        Comparator.comparingInt(ActorProfile::firstRead).thenComparing(ActorProfile::key));
    // A name that is another member's role ("the Brightwater chief") describes the actor; it
    // does not name them.
    Set<String> roleKeys = new HashSet<>();
    members.forEach(
        p -> p.roles().forEach(r -> roleKeys.add(ActorName.of(r, ActorType.ORGANIZATION).key())));
    List<ActorProfile> named =
        members.stream().filter(p -> !roleKeys.contains(p.key())).toList();
    ActorProfile fullest =
        (named.isEmpty() ? members : named)
            .stream()
            .min(
                Comparator.comparingInt((ActorProfile p) -> -p.name().words().size())
                    .thenComparingInt(p -> p.name().initials())
                    .thenComparingInt(p -> -p.sightings().size())
                    .thenComparingInt(ActorProfile::firstRead)
                    .thenComparing(ActorProfile::key))
            .orElseThrow();
    String name = fullest.surfaceName();
    Set<String> seen = new HashSet<>();
    seen.add(name.toLowerCase(Locale.ROOT));
    List<String> aliases = new ArrayList<>();
    Set<String> seenRoles = new HashSet<>();
    List<String> roles = new ArrayList<>();
    StanceTally tally = new StanceTally(MAX_STANCE_EVIDENCE);
    List<ActorProfile.Sighting> sightings = new ArrayList<>();
    List<ActorProfile.KeptClaim> candidates = new ArrayList<>();
    for (ActorProfile p : members) {
      for (String other : p.surfaceNames()) {
        if (seen.add(other.toLowerCase(Locale.ROOT))) {
          aliases.add(other);
        }
      }
      for (String alias : p.aliases().values()) {
        if (seen.add(alias.toLowerCase(Locale.ROOT))) {
          aliases.add(alias);
        }
      }
      for (String role : p.roles()) {
        if (seenRoles.add(role.toLowerCase(Locale.ROOT))) {
          roles.add(role);
        }
      }
      tally.addAll(p.tally());
      sightings.addAll(p.sightings());
      candidates.addAll(p.keyClaims());
    }
    StanceAssessment stance = stanceAggregator.decide(tally);
    sightings.sort(
        Comparator.comparing(
                (ActorProfile.Sighting s) -> s.appearance().date(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ActorProfile.Sighting::readIndex)
            .thenComparing(s -> s.appearance().localActorId()));
    return new Draft(
        members,
        name,
        aliases,
        typeOf(members),
        roles,
        tally,
        stance,
        sightings.stream().map(ActorProfile.Sighting::appearance).toList(),
        keyClaims(candidates, stance.label()));
  }

  /**
   * The type the sure members give, by majority; all members' votes if none is sure. A group or a
   * record is never merged, so its cluster is that actor alone.
   */
  private static ActorType typeOf(List<ActorProfile> members) {
    if (members.get(0).type().isLocal()) {
      return members.get(0).type();
    }
    List<ActorProfile> sure = members.stream().filter(p -> !p.typeUnsure()).toList();
    List<ActorProfile> voters = sure.isEmpty() ? members : sure;
    int persons = voters.stream().mapToInt(ActorProfile::personVotes).sum();
    int organizations = voters.stream().mapToInt(ActorProfile::organizationVotes).sum();
    return persons >= organizations ? ActorType.PERSON : ActorType.ORGANIZATION;
  }

  /**
   * The actor's key claims: those that take the actor's corpus stance first, then the most
   * confident; a text quoted by several documents counts once.
   */
  private List<SourcedClaim> keyClaims(List<ActorProfile.KeptClaim> candidates, Stance stance) {
    candidates.sort(
        Comparator.comparingInt(
                (ActorProfile.KeptClaim k) -> k.claim().claim().stance().label() == stance ? 0 : 1)
            .thenComparing(ActorProfile.KeptClaim.BEST_FIRST));
    Set<String> texts = new HashSet<>();
    List<SourcedClaim> chosen = new ArrayList<>();
    for (ActorProfile.KeptClaim k : candidates) {
      if (chosen.size() == keyClaims) {
        break;
      }
      String text = ActorName.fold(k.claim().claim().text()).strip().replaceAll("\\s+", " ");
      if (texts.add(text)) {
        chosen.add(k.claim());
      }
    }
    return chosen;
  }

  private List<CorpusRelation> corpusRelations(Map<String, String> corpusIdOfKey) {
    Map<RelationKey, RelationTally> merged = new LinkedHashMap<>();
    for (Map.Entry<RelationKey, RelationTally> e : relations.entrySet()) {
      String source = corpusIdOfKey.get(e.getKey().source());
      String target = corpusIdOfKey.get(e.getKey().target());
      if (source.equals(target)) {
        continue;
      }
      merged
          .computeIfAbsent(
              new RelationKey(source, target, e.getKey().type()),
              k -> new RelationTally(MAX_RELATION_EVIDENCE))
          .addAll(e.getValue());
    }
    List<CorpusRelation> out = new ArrayList<>(merged.size());
    merged.forEach(
        (k, t) ->
            out.add(
                new CorpusRelation(
                    k.source(),
                    k.target(),
                    k.type(),
                    t.stated(),
                    t.inferred(),
                    t.evidence(),
                    t.documentIds())));
    out.sort(
        Comparator.comparingInt((CorpusRelation r) -> -r.statedCount())
            .thenComparingInt(r -> -r.inferredCount())
            .thenComparing(r -> idNumber(r.sourceActorId()))
            .thenComparing(r -> idNumber(r.targetActorId()))
            .thenComparing(CorpusRelation::type));
    return out;
  }

  private static int idNumber(String corpusId) {
    return Integer.parseInt(corpusId.substring(1));
  }

  /**
   * The camps, as {@link Camps} forms them for one document: one per stance that some actor holds
   * over the corpus, partisan camps first, members ordered by the confidence they put behind the
   * camp's stance.
   */
  private static List<Camp> camps(List<Draft> drafts, List<CorpusActor> actors) {
    List<Camp> camps = new ArrayList<>();
    for (Stance stance : Stance.values()) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        if (drafts.get(i).stance().label() == stance) {
          members.add(i);
        }
      }
      if (members.isEmpty()) {
        continue;
      }
      members.sort(
          Comparator.comparingDouble((Integer i) -> -drafts.get(i).tally().confidenceSum(stance))
              .thenComparing(i -> actors.get(i).name()));
      int claims = members.stream().mapToInt(i -> drafts.get(i).tally().count(stance)).sum();
      double weight =
          members.stream().mapToDouble(i -> drafts.get(i).tally().confidenceSum(stance)).sum();
      camps.add(
          new Camp(
              stance,
              members.stream().map(i -> actors.get(i).id()).toList(),
              claims,
              claims == 0 ? 0.0 : Math.min(1.0, weight / claims)));
    }
    return camps;
  }
}
