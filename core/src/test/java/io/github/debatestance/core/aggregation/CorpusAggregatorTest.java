package io.github.debatestance.core.aggregation;

import static io.github.debatestance.core.aggregation.TestMaps.document;
import static io.github.debatestance.core.model.Stance.NEUTRAL;
import static io.github.debatestance.core.model.Stance.PRO_OPEN_SOURCE;
import static io.github.debatestance.core.model.Stance.PRO_SAFETY_CLOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.CorpusRelation;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.SourcedClaim;
import io.github.debatestance.core.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusAggregatorTest {

  private static CorpusMap corpus(DebateMap... maps) {
    CorpusAggregator aggregator = new CorpusAggregator();
    for (DebateMap map : maps) {
      aggregator.add(map);
    }
    return aggregator.result();
  }

  /** Each actor as its sorted set of names (name and aliases), the whole as a sorted set. */
  private static Set<String> groups(CorpusMap map) {
    Set<String> groups = new TreeSet<>();
    for (CorpusActor a : map.actors()) {
      Set<String> names = new TreeSet<>(a.aliases());
      names.add(a.name());
      groups.add(String.join(" | ", names));
    }
    return groups;
  }

  private static CorpusActor named(CorpusMap map, String name) {
    return map.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no actor named " + name + " in " + groups(map)));
  }

  private static DebateMap quillInFull(String id) {
    return document(id)
        .person("a1", "Ada Quill", "Brightwater Labs chief executive")
        .claim("a1", PRO_OPEN_SOURCE, 0.9, "Weights should be shared with every lab.")
        .build();
  }

  private static DebateMap quillBySurname(String id) {
    return document(id)
        .person("a1", "Quill")
        .claim("a1", PRO_OPEN_SOURCE, 0.7, "Closed models slow everyone down.")
        .build();
  }

  @Test
  void surnameMergesWithTheFullNameReadAfterIt() {
    CorpusMap map = corpus(quillBySurname("d1"), quillInFull("d2"));

    assertThat(map.actors()).hasSize(1);
    CorpusActor quill = map.actors().get(0);
    assertThat(quill.name()).isEqualTo("Ada Quill");
    assertThat(quill.aliases()).containsExactly("Quill");
    assertThat(quill.appearances()).extracting(ActorAppearance::documentId).containsExactly("d1", "d2");
    assertThat(quill.claimCount()).isEqualTo(2);
  }

  @Test
  void surnameMergesWithTheFullNameReadBeforeIt() {
    CorpusMap map = corpus(quillInFull("d1"), quillBySurname("d2"));

    assertThat(map.actors()).hasSize(1);
    assertThat(map.actors().get(0).name()).isEqualTo("Ada Quill");
    assertThat(map.actors().get(0).roles()).containsExactly("Brightwater Labs chief executive");
  }

  @Test
  void mergesDoNotDependOnReadingOrder() {
    List<DebateMap> maps =
        new ArrayList<>(
            List.of(
                quillInFull("d1"),
                quillBySurname("d2"),
                document("d3").person("a1", "Dr. A. Quill").claim("a1", NEUTRAL, 0.5, "Hm.").build(),
                document("d4")
                    .organization("a1", "Pellucid")
                    .claim("a1", PRO_SAFETY_CLOSED, 0.8, "Release in stages.")
                    .build(),
                document("d5")
                    .organization("a1", "Pellucid AI")
                    .person("a2", "Oskar Vantongeren")
                    .claim("a2", NEUTRAL, 0.6, "Both sides have a point.")
                    .build()));
    Set<String> expected = groups(corpus(maps.toArray(DebateMap[]::new)));
    for (int round = 0; round < 6; round++) {
      Collections.rotate(maps, 1);
      if (round == 3) {
        Collections.reverse(maps);
      }
      assertThat(groups(corpus(maps.toArray(DebateMap[]::new)))).isEqualTo(expected);
    }
    assertThat(expected)
        .containsExactlyInAnyOrder(
            "Ada Quill | Dr. A. Quill | Quill", "Pellucid | Pellucid AI", "Oskar Vantongeren");
  }

  @Test
  void surnameSharedByTwoPeopleStaysApart() {
    CorpusMap map =
        corpus(
            quillInFull("d1"),
            document("d2")
                .person("a1", "Bea Quill", "novelist")
                .claim("a1", PRO_SAFETY_CLOSED, 0.8, "Keep the weights locked.")
                .build(),
            quillBySurname("d3"));

    assertThat(groups(map)).containsExactlyInAnyOrder("Ada Quill", "Bea Quill", "Quill");
  }

  @Test
  void rolesBreakATieBetweenPeopleWhoShareASurname() {
    CorpusMap map =
        corpus(
            quillInFull("d1"),
            document("d2")
                .person("a1", "Bea Quill", "novelist")
                .claim("a1", PRO_SAFETY_CLOSED, 0.8, "Keep the weights locked.")
                .build(),
            document("d3")
                .person("a1", "Quill", "Brightwater chief")
                .claim("a1", PRO_OPEN_SOURCE, 0.6, "Share it all.")
                .build());

    assertThat(groups(map)).containsExactlyInAnyOrder("Ada Quill | Quill", "Bea Quill");
  }

  @Test
  void conflictingFirstNamesNeverMergeButAnInitialFitsOne() {
    CorpusMap map =
        corpus(
            quillInFull("d1"),
            document("d2").person("a1", "Alma Quill").claim("a1", NEUTRAL, 0.5, "Maybe.").build(),
            document("d3").person("a1", "Ada B. Quill").claim("a1", NEUTRAL, 0.5, "Perhaps.").build(),
            // "A. Quill" fits both Ada and Alma, so it stays apart.
            document("d4").person("a1", "A. Quill").claim("a1", NEUTRAL, 0.5, "Unclear.").build());

    assertThat(groups(map))
        .containsExactlyInAnyOrder("Ada B. Quill | Ada Quill", "Alma Quill", "A. Quill");
  }

  @Test
  void titlesAccentsAndCaseAreFoldedBeforeNamesAreCompared() {
    CorpusMap map =
        corpus(
            document("d1").person("a1", "Zoë Hartwell").claim("a1", NEUTRAL, 0.5, "One.").build(),
            document("d2").person("a1", "Prof. Zoe Hartwell").claim("a1", NEUTRAL, 0.5, "Two.").build(),
            document("d3").person("a1", "ZOË HARTWELL").claim("a1", NEUTRAL, 0.5, "Three.").build());

    assertThat(map.actors()).hasSize(1);
    assertThat(map.actors().get(0).appearances()).hasSize(3);
  }

  @Test
  void aNameThatIsOnlyATitleIsNeverMergedAcrossDocuments() {
    CorpusMap map =
        corpus(
            document("d1").person("a1", "Mr.").claim("a1", NEUTRAL, 0.5, "One man spoke.").build(),
            document("d2").person("a1", "Mr.").claim("a1", NEUTRAL, 0.5, "Another man spoke.").build(),
            document("d3").person("a1", "Senator").claim("a1", NEUTRAL, 0.5, "A senator spoke.").build());

    assertThat(map.actors()).hasSize(3);
    assertThat(map.actors()).allSatisfy(a -> assertThat(a.appearances()).hasSize(1));
  }

  @Test
  void aGroupIsNeverMergedAcrossDocumentsNorWithANamedActor() {
    CorpusMap map =
        corpus(
            document("d1")
                .actor("a1", "critics", ActorType.GROUP, List.of(), List.of())
                .claim("a1", PRO_SAFETY_CLOSED, 0.8, "The release was reckless.")
                .build(),
            document("d2")
                .actor("a1", "critics", ActorType.GROUP, List.of(), List.of())
                .claim("a1", PRO_OPEN_SOURCE, 0.8, "The secrecy was needless.")
                .build(),
            // A one-word group that is also a surname stays apart from the person.
            quillInFull("d3"),
            document("d4")
                .actor("a1", "Quill", ActorType.GROUP, List.of(), List.of())
                .claim("a1", NEUTRAL, 0.5, "The Quills spoke together.")
                .build());

    assertThat(groups(map)).containsExactlyInAnyOrder("critics", "Ada Quill", "Quill");
    assertThat(map.actors()).hasSize(4);
    assertThat(map.actors().stream().filter(a -> a.type() == ActorType.GROUP))
        .hasSize(3)
        .allSatisfy(a -> assertThat(a.appearances()).hasSize(1));
    assertThat(named(map, "Ada Quill").appearances()).hasSize(1);
  }

  @Test
  void aRecordOrADescriptionIsNeverMergedAcrossDocuments() {
    CorpusMap map =
        corpus(
            document("d1")
                .actor("a1", "new poll", ActorType.RECORD, List.of(), List.of())
                .claim("a1", NEUTRAL, 0.6, "Most voters are undecided.")
                .person("a2", "a longtime aide to the governor")
                .claim("a2", NEUTRAL, 0.5, "She has not decided.")
                .build(),
            document("d2")
                .actor("a1", "new poll", ActorType.RECORD, List.of(), List.of())
                .claim("a1", NEUTRAL, 0.6, "Most voters have decided.")
                .person("a2", "a longtime aide to the governor")
                .claim("a2", NEUTRAL, 0.5, "She has decided.")
                .build());

    assertThat(map.actors()).hasSize(4).allSatisfy(a -> assertThat(a.appearances()).hasSize(1));
    assertThat(map.actors().stream().filter(a -> a.type() == ActorType.RECORD)).hasSize(2);
  }

  @Test
  void organisationShortFormMergesOnlyWhenTheRestSaysOrganisation() {
    CorpusMap map =
        corpus(
            document("d1")
                .organization("a1", "Pellucid AI")
                .organization("a2", "Harrowgate Post")
                .claim("a1", PRO_OPEN_SOURCE, 0.8, "We publish everything.")
                .claim("a2", NEUTRAL, 0.6, "Our editors disagree.")
                .build(),
            document("d2")
                .organization("a1", "Pellucid")
                .organization("a2", "Harrowgate")
                .claim("a1", PRO_OPEN_SOURCE, 0.7, "Still publishing.")
                .claim("a2", NEUTRAL, 0.6, "The council agrees.")
                .build());

    assertThat(groups(map))
        .containsExactlyInAnyOrder("Pellucid | Pellucid AI", "Harrowgate Post", "Harrowgate");
  }

  @Test
  void organisationMergesThroughAnAliasADocumentGave() {
    CorpusMap map =
        corpus(
            document("d1")
                .organization("a1", "Fenmoor Alliance for Open Models", "FAOM")
                .claim("a1", PRO_OPEN_SOURCE, 0.8, "Open is safer.")
                .build(),
            document("d2")
                .organization("a1", "FAOM")
                .claim("a1", PRO_OPEN_SOURCE, 0.8, "Open is still safer.")
                .build());

    assertThat(groups(map)).containsExactly("FAOM | Fenmoor Alliance for Open Models");
  }

  @Test
  void aliasThatIsOnlyOneWordOfAnOrganisationsNameDoesNotPullOtherNamesIn() {
    CorpusMap map =
        corpus(
            document("d1")
                .organization("a1", "Northern Weavers Guild", "Northern")
                .claim("a1", NEUTRAL, 0.6, "The guild will vote.")
                .build(),
            document("d2")
                .person("a1", "Northern")
                .claim("a1", NEUTRAL, 0.6, "A northerner spoke.")
                .build());

    assertThat(groups(map))
        .containsExactlyInAnyOrder("Northern | Northern Weavers Guild", "Northern");
  }

  @Test
  void nameThatIsAnotherActorsRoleMergesWithThatActor() {
    CorpusMap map =
        corpus(
            quillInFull("d1"),
            document("d2")
                .person("a1", "the Brightwater Labs chief executive")
                .claim("a1", PRO_OPEN_SOURCE, 0.6, "We will publish the weights.")
                .build());

    assertThat(map.actors()).hasSize(1);
    assertThat(map.actors().get(0).name()).isEqualTo("Ada Quill");
  }

  @Test
  void typesMustAgreeUnlessTheShortNameIsInDoubt() {
    DebateMap person = quillInFull("d1");
    // An organisation with a role is sure of its type, so it is not Ada Quill's surname.
    DebateMap sureOrganisation =
        document("d2")
            .actor("a1", "Quill", ActorType.ORGANIZATION, List.of(), List.of("publishing house"))
            .claim("a1", NEUTRAL, 0.5, "No comment.")
            .build();
    // A bare word the tagger called an organisation may still be the surname.
    DebateMap bareWord =
        document("d3")
            .actor("a1", "Quill", ActorType.ORGANIZATION, List.of(), List.of())
            .claim("a1", NEUTRAL, 0.5, "No comment at all.")
            .build();

    assertThat(groups(corpus(person, sureOrganisation))).containsExactlyInAnyOrder("Ada Quill", "Quill");
    assertThat(groups(corpus(person, bareWord))).containsExactly("Ada Quill | Quill");
    assertThat(named(corpus(person, bareWord), "Ada Quill").type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void corpusStanceIsTheConfidenceWeightedVoteOfAllClaims() {
    CorpusMap map =
        corpus(
            document("d1")
                .person("a1", "Ada Quill")
                .claim("a1", PRO_OPEN_SOURCE, 0.9, "Open one.")
                .claim("a1", PRO_OPEN_SOURCE, 0.9, "Open two.")
                .build(),
            document("d2")
                .person("a1", "Quill")
                .claim("a1", PRO_SAFETY_CLOSED, 0.6, "Closed one.")
                .claim("a1", NEUTRAL, 0.5, "Neutral one.")
                .build());

    CorpusActor quill = map.actors().get(0);
    assertThat(quill.stance().label()).isEqualTo(PRO_OPEN_SOURCE);
    assertThat(quill.stance().evidence()).containsExactly("pro_open_source");
    assertThat(quill.stanceCounts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(PRO_OPEN_SOURCE, 2, PRO_SAFETY_CLOSED, 1, NEUTRAL, 1));
    // Each appearance keeps the stance taken in its document.
    assertThat(quill.appearances())
        .extracting(a -> a.stance().label())
        .containsExactly(PRO_OPEN_SOURCE, PRO_SAFETY_CLOSED);
    assertThat(quill.appearances()).extracting(ActorAppearance::claimCount).containsExactly(2, 2);
  }

  @Test
  void actorQuotedInOneDocumentHasTheStanceThatDocumentGives() {
    // Two open claims, then a closed one: the later claim weighs more, and the record is balanced.
    DebateMap map =
        document("d1")
            .person("a1", "Ada Quill")
            .claim("a1", PRO_OPEN_SOURCE, 0.8, "Open one.")
            .claim("a1", PRO_OPEN_SOURCE, 0.8, "Open two.")
            .claim("a1", PRO_SAFETY_CLOSED, 0.8, "Closed at last.")
            .build();

    CorpusActor quill = corpus(map).actors().get(0);

    assertThat(map.actors().get(0).stance().label()).isEqualTo(NEUTRAL);
    assertThat(quill.stance()).isEqualTo(map.actors().get(0).stance());
  }

  @Test
  void balancedCorpusRecordIsNeutral() {
    CorpusMap map =
        corpus(
            document("d1").person("a1", "Ada Quill").claim("a1", PRO_OPEN_SOURCE, 0.8, "Open.").build(),
            document("d2").person("a1", "Ada Quill").claim("a1", PRO_SAFETY_CLOSED, 0.8, "Closed.").build());

    assertThat(map.actors().get(0).stance().label()).isEqualTo(NEUTRAL);
  }

  @Test
  void relationsAreMappedToCorpusActorsAndSummed() {
    CorpusMap map =
        corpus(
            document("d1")
                .person("a1", "Ada Quill")
                .organization("a2", "Pellucid AI")
                .claim("a1", PRO_OPEN_SOURCE, 0.8, "Open.")
                .claim("a2", PRO_SAFETY_CLOSED, 0.8, "Closed.")
                .stated("a1", "a2", RelationType.OPPOSES, "Quill attacked Pellucid AI")
                .build(),
            document("d2")
                .person("a1", "Quill")
                .organization("a2", "Pellucid")
                .claim("a1", PRO_OPEN_SOURCE, 0.8, "Open again.")
                .claim("a2", PRO_SAFETY_CLOSED, 0.8, "Closed again.")
                .inferred("a1", "a2", RelationType.OPPOSES, "opposite sides on release")
                .inferred("a2", "a1", RelationType.OPPOSES, "opposite sides on release")
                .build(),
            document("d3")
                .person("a1", "Ada Quill")
                .organization("a2", "Pellucid AI")
                .claim("a1", PRO_OPEN_SOURCE, 0.8, "Open a third time.")
                .stated("a1", "a2", RelationType.OPPOSES, "Quill again rejected Pellucid")
                .stated("a1", "a2", RelationType.RESPONDS_TO, "Quill answered Pellucid")
                .build());

    String quill = named(map, "Ada Quill").id();
    String pellucid = named(map, "Pellucid AI").id();
    assertThat(map.relations())
        .extracting(
            CorpusRelation::sourceActorId,
            CorpusRelation::targetActorId,
            CorpusRelation::type,
            CorpusRelation::statedCount,
            CorpusRelation::inferredCount)
        .containsExactly(
            tuple(quill, pellucid, RelationType.OPPOSES, 2, 1),
            tuple(quill, pellucid, RelationType.RESPONDS_TO, 1, 0),
            tuple(pellucid, quill, RelationType.OPPOSES, 0, 1));
    CorpusRelation opposes = map.relations().get(0);
    assertThat(opposes.evidence())
        .containsExactly(
            "Quill attacked Pellucid AI", "Quill again rejected Pellucid", "opposite sides on release");
    assertThat(opposes.documentIds()).containsExactly("d1", "d2", "d3");
  }

  @Test
  void relationBetweenTwoLocalActorsThatMergeIsDropped() {
    CorpusMap map =
        corpus(
            quillInFull("d1"),
            document("d2")
                .person("a1", "Quill")
                .person("a2", "A. Quill")
                .claim("a1", PRO_OPEN_SOURCE, 0.7, "One.")
                .claim("a2", PRO_OPEN_SOURCE, 0.7, "Two.")
                .stated("a1", "a2", RelationType.SUPPORTS, "Quill agreed with A. Quill")
                .build());

    assertThat(map.actors()).hasSize(1);
    assertThat(map.relations()).isEmpty();
    // The document split the actor in two, and both local actors stay visible.
    assertThat(map.actors().get(0).appearances())
        .extracting(ActorAppearance::documentId)
        .containsExactly("d1", "d2", "d2");
  }

  @Test
  void appearancesRunByDateThenReadingOrderAndTheTimelineFollowsThem() {
    CorpusAggregator aggregator = new CorpusAggregator();
    aggregator.add(
        document("late").person("a1", "Ada Quill").claim("a1", PRO_SAFETY_CLOSED, 0.9, "Lock it.").build(),
        LocalDate.of(2025, 3, 1));
    aggregator.add(
        document("undated").person("a1", "Ada Quill").claim("a1", NEUTRAL, 0.5, "Hmm.").build(), null);
    aggregator.add(
        document("early").person("a1", "Quill").claim("a1", PRO_OPEN_SOURCE, 0.8, "Open it.").build(),
        LocalDate.of(2024, 6, 10));
    aggregator.add(
        document("early-too")
            .person("a1", "Ada Quill")
            .claim("a1", PRO_OPEN_SOURCE, 0.6, "Open it all.")
            .build(),
        LocalDate.of(2024, 6, 10));

    CorpusActor quill = aggregator.result().actors().get(0);

    assertThat(quill.appearances())
        .extracting(ActorAppearance::documentId)
        .containsExactly("early", "early-too", "late", "undated");
    assertThat(quill.timeline())
        .containsExactly(
            Map.entry(LocalDate.of(2024, 6, 10), PRO_OPEN_SOURCE),
            Map.entry(LocalDate.of(2025, 3, 1), PRO_SAFETY_CLOSED));
  }

  @Test
  void timelineTieOnOneDateIsNeutral() {
    CorpusAggregator aggregator = new CorpusAggregator();
    LocalDate day = LocalDate.of(2024, 1, 2);
    aggregator.add(
        document("a").person("a1", "Ada Quill").claim("a1", PRO_OPEN_SOURCE, 0.8, "Open.").build(), day);
    aggregator.add(
        document("b").person("a1", "Ada Quill").claim("a1", PRO_SAFETY_CLOSED, 0.8, "Shut.").build(), day);

    assertThat(aggregator.result().actors().get(0).timeline()).containsExactly(Map.entry(day, NEUTRAL));
  }

  @Test
  void keyClaimsAreBoundedAndFavourTheActorsStanceThenConfidence() {
    CorpusAggregator aggregator = new CorpusAggregator();
    for (int d = 0; d < 6; d++) {
      TestMaps doc = document("d" + d).person("a1", "Ada Quill");
      for (int c = 0; c < 4; c++) {
        double confidence = 0.5 + 0.02 * (d * 4 + c);
        doc.claim("a1", PRO_OPEN_SOURCE, confidence, "open claim " + d + "-" + c);
      }
      doc.claim("a1", NEUTRAL, 0.99, "neutral claim " + d);
      aggregator.add(doc.build());
    }

    CorpusActor quill = aggregator.result().actors().get(0);

    assertThat(quill.claimCount()).isEqualTo(30);
    assertThat(quill.keyClaims())
        .hasSize(CorpusAggregator.DEFAULT_KEY_CLAIMS)
        .extracting(SourcedClaim::documentId, k -> k.claim().text())
        .containsExactly(
            tuple("d5", "open claim 5-3"),
            tuple("d5", "open claim 5-2"),
            tuple("d5", "open claim 5-1"),
            tuple("d5", "open claim 5-0"),
            tuple("d4", "open claim 4-3"));
  }

  @Test
  void theSameQuotationInTwoDocumentsIsOneKeyClaim() {
    CorpusMap map =
        corpus(
            document("d1").person("a1", "Ada Quill").claim("a1", PRO_OPEN_SOURCE, 0.9, "Open it.").build(),
            document("d2").person("a1", "Ada Quill").claim("a1", PRO_OPEN_SOURCE, 0.9, "Open  it.").build());

    assertThat(map.actors().get(0).keyClaims()).hasSize(1);
  }

  @Test
  void campsGroupActorsByCorpusStanceStrongestFirst() {
    CorpusMap map =
        corpus(
            document("d1")
                .person("a1", "Ada Quill")
                .person("a2", "Oskar Vantongeren")
                .organization("a3", "Pellucid AI")
                .claim("a1", PRO_OPEN_SOURCE, 0.6, "Open.")
                .claim("a2", PRO_OPEN_SOURCE, 0.9, "Open!")
                .claim("a2", PRO_OPEN_SOURCE, 0.9, "Open!!")
                .claim("a3", PRO_SAFETY_CLOSED, 0.7, "Closed.")
                .build());

    assertThat(map.camps()).extracting(Camp::stance).containsExactly(PRO_OPEN_SOURCE, PRO_SAFETY_CLOSED);
    Camp open = map.camps().get(0);
    assertThat(open.actorIds())
        .containsExactly(named(map, "Oskar Vantongeren").id(), named(map, "Ada Quill").id());
    assertThat(open.claimCount()).isEqualTo(3);
    assertThat(open.meanConfidence()).isCloseTo(0.8, offset(1e-9));
  }

  @Test
  void actorsAreOrderedByClaimsAndNumberedInThatOrder() {
    CorpusMap map =
        corpus(
            document("d1")
                .person("a1", "Ada Quill")
                .person("a2", "Oskar Vantongeren")
                .claim("a1", NEUTRAL, 0.5, "One.")
                .claim("a2", NEUTRAL, 0.5, "Two.")
                .claim("a2", NEUTRAL, 0.5, "Three.")
                .claim(null, NEUTRAL, 0.5, "Nobody said this.")
                .build());

    assertThat(map.actors()).extracting(CorpusActor::id, CorpusActor::name)
        .containsExactly(
            tuple("c1", "Oskar Vantongeren"),
            tuple("c2", "Ada Quill"));
    assertThat(map.documentCount()).isEqualTo(1);
    assertThat(map.claimCount()).isEqualTo(4);
  }

  @Test
  void aDocumentIdAddedTwiceIsRejectedAndChangesNothing() {
    CorpusAggregator aggregator = new CorpusAggregator();
    aggregator.add(quillInFull("d1"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> aggregator.add(quillBySurname("d1")))
        .withMessageContaining("d1");
    assertThat(aggregator.documentCount()).isEqualTo(1);
    assertThat(aggregator.result().actors().get(0).claimCount()).isEqualTo(1);
  }

  @Test
  void inconsistentMapIsRejectedBeforeAnythingIsRecorded() {
    DebateMap good = quillInFull("d1");
    DebateMap dangling =
        new DebateMap(
            "d2",
            good.actors(),
            good.claims(),
            List.of(
                new Relation(
                    "a1", "a9", RelationType.SUPPORTS, true, "shared view", null, List.of(), 0.5)));
    CorpusAggregator aggregator = new CorpusAggregator();

    assertThatIllegalArgumentException().isThrownBy(() -> aggregator.add(dangling)).withMessageContaining("a9");
    assertThat(aggregator.result().actors()).isEmpty();
    assertThat(aggregator.documentCount()).isZero();
  }

  @Test
  void emptyCorpusGivesAnEmptyMap() {
    CorpusMap map = new CorpusAggregator().result();

    assertThat(map.documentCount()).isZero();
    assertThat(map.actors()).isEmpty();
    assertThat(map.relations()).isEmpty();
    assertThat(map.camps()).isEmpty();
  }

  @Test
  void everyStanceHasACount() {
    CorpusMap map = corpus(quillInFull("d1"));

    assertThat(map.actors().get(0).stanceCounts().keySet())
        .containsExactlyInAnyOrder(Stance.values());
    assertThat(
            map.actors().get(0).stanceCounts().values().stream()
                .collect(Collectors.summingInt(Integer::intValue)))
        .isEqualTo(1);
  }
}
