package io.github.debatestance.core.report;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.CorpusRelation;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.SourcedClaim;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Maps built by hand for the report tests: an invented article with its claims at their real
 * offsets, stated and inferred relations, and text that needs escaping; and a small corpus.
 */
final class ReportFixtures {

  /** The invented article; claims below stand at their offsets in it. */
  static final String TEXT =
      "Harbour Compute opened its Tern model to everyone on Monday.\n\n"
          + "\"Anyone can now inspect what we built, & that is the point,\" said Lina Okafor,"
          + " the company's research lead. Okafor argued that open weights let small labs compete."
          + "\n\n"
          + "Petra Lindqvist, who chairs the Coastal AI Safety Board, criticised the release."
          + " \"Once it is out, <script>alert('x')</script> no one can take it back,\""
          + " Lindqvist said. She called for licensing of frontier models.\n\n"
          + "Jonah Feld, an economist at Vale College, said the label \"open\" hides who holds"
          + " the keys.\n\n"
          + "Meridian Systems said it agreed with Lindqvist and would keep its models closed."
          + " Okafor responded that closed models hide their flaws.\n\n"
          + "Tobias Wren, a developer at Fernhill, said sharing the weights made his tools safer."
          + " The Open Model Alliance said open releases spread the benefits widely.\n\n"
          + "\"Nobody disagrees that testing matters,\" one official said.";

  private ReportFixtures() {}

  static DebateMap documentMap() {
    List<Actor> actors =
        List.of(
            actor("a1", "Lina Okafor", ActorType.PERSON, "research lead", Stance.PRO_OPEN_SOURCE,
                0.82, "open", "inspect"),
            actor("a2", "Petra Lindqvist", ActorType.PERSON, "chair of the Coastal AI Safety Board",
                Stance.PRO_SAFETY_CLOSED, 0.77, "licensing", "take it back"),
            actor("a3", "Jonah Feld", ActorType.PERSON, "economist", Stance.NEUTRAL, 0.55, "keys"),
            actor("a4", "Meridian Systems", ActorType.ORGANIZATION, null, Stance.PRO_SAFETY_CLOSED,
                0.64, "closed"),
            actor("a5", "Tobias Wren", ActorType.PERSON, "developer", Stance.PRO_OPEN_SOURCE,
                0.78, "sharing"),
            actor("a6", "Open Model Alliance", ActorType.ORGANIZATION, null,
                Stance.PRO_OPEN_SOURCE, 0.9, "open releases"));
    List<Claim> claims = new ArrayList<>();
    claims.add(claim("c1", ClaimKind.DIRECT, "Anyone can now inspect what we built, & that is the point,",
        actors.get(0), "said", Stance.PRO_OPEN_SOURCE, 0.88, "inspect", "& that"));
    claims.add(claim("c2", ClaimKind.INDIRECT, "open weights let small labs compete", actors.get(0),
        "argued", Stance.PRO_OPEN_SOURCE, 0.74, "open weights", "compete"));
    claims.add(claim("c3", ClaimKind.DIRECT,
        "Once it is out, <script>alert('x')</script> no one can take it back,", actors.get(1),
        "said", Stance.PRO_SAFETY_CLOSED, 0.81, "take it back"));
    claims.add(claim("c4", ClaimKind.INDIRECT, "licensing of frontier models", actors.get(1),
        "called", Stance.PRO_SAFETY_CLOSED, 0.7, "licensing"));
    claims.add(claim("c5", ClaimKind.INDIRECT, "the label \"open\" hides who holds the keys",
        actors.get(2), "said", Stance.NEUTRAL, 0.55, "\"open\"", "keys"));
    claims.add(claim("c6", ClaimKind.INDIRECT, "it agreed with Lindqvist and would keep its models closed",
        actors.get(3), "said", Stance.PRO_SAFETY_CLOSED, 0.64, "closed"));
    claims.add(claim("c7", ClaimKind.INDIRECT, "closed models hide their flaws", actors.get(0),
        "responded", Stance.PRO_OPEN_SOURCE, 0.69, "hide their flaws"));
    claims.add(claim("c8", ClaimKind.INDIRECT, "sharing the weights made his tools safer",
        actors.get(4), "said", Stance.PRO_OPEN_SOURCE, 0.78, "sharing"));
    claims.add(claim("c9", ClaimKind.INDIRECT, "open releases spread the benefits widely",
        actors.get(5), "said", Stance.PRO_OPEN_SOURCE, 0.9, "open releases"));
    claims.add(claim("c10", ClaimKind.DIRECT, "Nobody disagrees that testing matters,", null, "said",
        Stance.NEUTRAL, 0.6));
    List<Relation> relations =
        List.of(
            stated("a2", "a1", RelationType.OPPOSES,
                "Petra Lindqvist, who chairs the Coastal AI Safety Board, criticised the release.",
                0.8, "c3"),
            stated("a4", "a2", RelationType.SUPPORTS,
                "Meridian Systems said it agreed with Lindqvist and would keep its models closed.",
                0.85, "c6"),
            stated("a1", "a4", RelationType.RESPONDS_TO,
                "Okafor responded that closed models hide their flaws.", 0.6, "c7"),
            new Relation("a5", "a2", RelationType.OPPOSES, true,
                "opposite stances on releasing weights", null, List.of("c8", "c3"), 0.55));
    return new DebateMap("harbour-tern", actors, claims, relations);
  }

  static Actor actor(String id, String name, ActorType type, String role, Stance stance,
      double confidence, String... evidence) {
    List<String> aliases = type == ActorType.PERSON ? List.of(name.substring(name.indexOf(' ') + 1))
        : List.of();
    return new Actor(id, name, aliases, type, role == null ? List.of() : List.of(role),
        new StanceAssessment(stance, confidence, List.of(evidence)));
  }

  static Claim claim(String id, ClaimKind kind, String text, Actor speaker, String cue,
      Stance stance, double confidence, String... evidence) {
    int begin = TEXT.indexOf(text);
    if (begin < 0) {
      throw new IllegalArgumentException("not in the fixture text: " + text);
    }
    return new Claim(id, kind, text, new TextSpan(begin, begin + text.length()),
        speaker == null ? null : new Attribution(speaker.id(), speaker.name(), 0.9), cue,
        new StanceAssessment(stance, confidence, List.of(evidence)));
  }

  private static Relation stated(String source, String target, RelationType type, String evidence,
      double confidence, String claimId) {
    int begin = TEXT.indexOf(evidence);
    return new Relation(source, target, type, false, evidence,
        new TextSpan(begin, begin + evidence.length()), List.of(claimId), confidence);
  }

  /** A corpus of three dated documents and one undated, with merged actors and relations. */
  static CorpusMap corpusMap() {
    DebateMap doc = documentMap();
    LocalDate[] dates = {LocalDate.of(2024, 3, 4), LocalDate.of(2024, 5, 20),
        LocalDate.of(2024, 9, 2), null};
    String[] docs = {"harbour-tern", "coastal-board-hearing", "fernhill-weekly", "undated-digest"};
    List<CorpusActor> actors = new ArrayList<>();
    int k = 0;
    for (Actor a : doc.actors()) {
      List<ActorAppearance> appearances = new ArrayList<>();
      // Each actor appears in a few of the documents, not all, and some change their stance.
      for (int d = 0; d < docs.length; d++) {
        if ((d + k) % 3 == 2) {
          continue;
        }
        Stance s = d == 1 && k == 2 ? Stance.PRO_SAFETY_CLOSED : a.stance().label();
        appearances.add(new ActorAppearance(docs[d], dates[d], a.id(),
            new StanceAssessment(s, a.stance().confidence(), List.of()), 1 + (d + k) % 4));
      }
      Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
      for (Stance s : Stance.values()) {
        counts.put(s, 0);
      }
      for (ActorAppearance ap : appearances) {
        counts.merge(ap.stance().label(), ap.claimCount(), Integer::sum);
      }
      List<SourcedClaim> keyClaims = doc.claimsBy(a.id()).stream()
          .map(c -> new SourcedClaim(appearances.get(0).documentId(), c))
          .toList();
      actors.add(new CorpusActor("p" + a.id(), a.name(), a.aliases(), a.type(), a.roles(),
          a.stance(), counts, appearances, keyClaims));
      k++;
    }
    actors.sort((x, y) -> Integer.compare(y.claimCount(), x.claimCount()));
    List<CorpusRelation> relations =
        List.of(
            new CorpusRelation("pa2", "pa1", RelationType.OPPOSES, 3, 1,
                List.of("Petra Lindqvist, who chairs the Coastal AI Safety Board, criticised the release."),
                List.of("harbour-tern", "coastal-board-hearing")),
            new CorpusRelation("pa4", "pa2", RelationType.SUPPORTS, 1, 0,
                List.of("Meridian Systems said it agreed with Lindqvist."), List.of("harbour-tern")),
            new CorpusRelation("pa5", "pa4", RelationType.OPPOSES, 0, 2,
                List.of("opposite stances on releasing weights"), List.of("fernhill-weekly")));
    List<Camp> camps = new ArrayList<>();
    for (Stance s : List.of(Stance.PRO_OPEN_SOURCE, Stance.PRO_SAFETY_CLOSED, Stance.NEUTRAL)) {
      List<CorpusActor> members = actors.stream().filter(a -> a.stance().label() == s).toList();
      if (!members.isEmpty()) {
        camps.add(new Camp(s, members.stream().map(CorpusActor::id).toList(),
            members.stream().mapToInt(a -> a.stanceCounts().get(s)).sum(),
            members.stream().mapToDouble(a -> a.stance().confidence()).average().orElse(0)));
      }
    }
    int claims = actors.stream().mapToInt(CorpusActor::claimCount).sum() + 2;
    return new CorpusMap(docs.length, claims, actors, relations, camps);
  }
}
