package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.actorNamed;
import static io.github.debatestance.nlp.ShortTexts.analyze;
import static io.github.debatestance.nlp.ShortTexts.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import org.junit.jupiter.api.Test;

/** The common news patterns of attribution, each on a short text written for this test. */
class AttributionPatternsTest {

  @Test
  void trailingAndInvertedSaidNameTheSpeaker() {
    DebateMap map =
        analyze(
            "\"Releasing the weights lets anyone check our work,\" Priya Natarajan said.\n\n"
                + "\"Nobody can recall a model once it is out,\" said Oliver Brandt, a researcher"
                + " at the Halden Institute.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Releasing")).isEqualTo("Priya Natarajan");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody")).isEqualTo("Oliver Brandt");
  }

  @Test
  void titleInAppositionToTheSubjectGivesTheNameItLeads() {
    DebateMap map =
        analyze(
            "Ruiz's colleague, the union's chief counsel Petra Vanek, later wrote on its website"
                + " that the rule would \"lock out every small lab.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "lock out every small lab"))
        .isEqualTo("Petra Vanek");
  }

  @Test
  void colonAfterTheCueAttributesTheQuotation() {
    DebateMap map =
        analyze(
            "The minister was blunt. Helena Fischer said: \"Open models must be tested before"
                + " anyone can download them.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open models")).isEqualTo("Helena Fischer");
  }

  @Test
  void blockQuotationAfterAColonParagraphGoesToItsSubject() {
    DebateMap map =
        analyze(
            "Northwind Labs CEO Ada Brennan answered the critics directly:\n\n"
                + "\"We publish everything because secrecy has never made software safer.\"\n\n"
                + "Others were less sure.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We publish")).isEqualTo("Ada Brennan");
    Actor brennan =
        map.actors().stream().filter(a -> a.name().equals("Ada Brennan")).findFirst().orElseThrow();
    assertThat(brennan.roles()).contains("Northwind Labs CEO");
  }

  @Test
  void pronounAfterANamedSpeakerResolvesToThem() {
    DebateMap map =
        analyze(
            "Marta Halvorsen has tested language models for a decade.\n\n"
                + "\"The risk is real, but it is not new,\" she said.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The risk")).isEqualTo("Marta Halvorsen");
  }

  @Test
  void splitQuotationGivesTwoClaimsWithOneSpeaker() {
    DebateMap map =
        analyze(
            "\"Open weights are not the danger,\" said Tomas Reyes, \"the danger is a"
                + " market run by three companies.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open weights")).isEqualTo("Tomas Reyes");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "the danger")).isEqualTo("Tomas Reyes");
  }

  @Test
  void pullQuoteThatRepeatsAQuotationGetsItsSpeaker() {
    DebateMap map =
        analyze(
            "\"Every lab that ships a model should ship the tests it ran on it.\"\n\n"
                + "The standards board met on Tuesday to weigh new rules for model releases.\n\n"
                + "\"Every lab that ships a model should ship the tests it ran on it,\" said Odile"
                + " Marchetti, who chairs the board. \"We will not wait for an accident.\"");
    assertThat(map.claims())
        .filteredOn(c -> c.text().startsWith("Every lab"))
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.speaker().name()).isEqualTo("Odile Marchetti"));
  }

  @Test
  void repeatedShortSloganIsNotAttributedByItsRepeat() {
    DebateMap map =
        analyze(
            "\"Weights for everyone, right now!\"\n\n"
                + "The march ended at the ministry at noon.\n\n"
                + "\"Weights for everyone, right now,\" said Tomas Reyes, who led it.");
    assertThat(map.claims())
        .filteredOn(c -> c.text().startsWith("Weights"))
        .extracting(c -> c.speaker() == null ? null : c.speaker().name())
        .containsExactly(null, "Tomas Reyes");
  }

  @Test
  void surnameJoinsTheFullNameAsOneActor() {
    DebateMap map =
        analyze(
            "Grace Okonkwo leads the safety team at Meridian.\n\n"
                + "\"We will stage every release,\" Okonkwo said.\n\n"
                + "\"Nothing ships without an outside audit,\" Okonkwo added.");
    assertThat(map.actors()).hasSize(1);
    assertThat(map.actors().get(0).name()).isEqualTo("Grace Okonkwo");
    assertThat(map.actors().get(0).aliases()).contains("Okonkwo");
  }

  @Test
  void organisationStatementIsAttributedToTheOrganisation() {
    DebateMap map =
        analyze(
            "Microsoft said in a statement that it \"will keep its most capable models behind"
                + " an API for now.\"");
    Claim claim = map.claims().stream().filter(c -> c.kind() == ClaimKind.DIRECT).findFirst()
        .orElseThrow();
    assertThat(claim.speaker().name()).isEqualTo("Microsoft");
    assertThat(map.actor(claim.speaker().actorId()).orElseThrow().type())
        .isEqualTo(ActorType.ORGANIZATION);
  }

  @Test
  void colonAfterASentenceNamingOnePersonAttributesToThatPerson() {
    DebateMap map =
        analyze(
            "The result did not surprise the economist Lena Forsberg: \"Open models always win"
                + " on price once the hardware catches up.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open models always")).isEqualTo("Lena Forsberg");
  }

  @Test
  void quotationParagraphGoesOnFromTheSpeakerThePreviousParagraphCited() {
    DebateMap map =
        analyze(
            "Samuel Achebe said the licence terms had been rewritten twice.\n\n"
                + "\"We kept the weights public because our users asked us to.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We kept")).isEqualTo("Samuel Achebe");
  }

  @Test
  void quotationWithoutEvidenceGetsNoSpeaker() {
    DebateMap map =
        analyze("The debate continued.\n\n\"Open source will win in the end, whatever happens.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open source will win")).isNull();
  }

  @Test
  void quotedWordsGoToTheNameBeforeTheVerbOfTheirSentenceWhereTheParseGivesNoSubject() {
    DebateMap map =
        analyze(
            "Port vote nears.\n\n"
                + "Halvorsen started out the hearing saying \"of course\" the board has the"
                + " authority to act, but said she questioned its judgment on the port.\n\n"
                + "Standing in for Okafor at the same fair where Reyes and Lind spoke Saturday,"
                + " Halvorsen took a pointed swipe at \"my old ally the mayor.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "of course")).isEqualTo("Halvorsen");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "my old ally")).isEqualTo("Halvorsen");
  }

  @Test
  void quotedWordsReportedByAThingGoToNoNameInsideTheReport() {
    DebateMap map =
        analyze(
            "Port vote nears.\n\n"
                + "The leaflet, titled \"Builder?\", concludes that Okafor is too \"reckless and"
                + " vain\" to run the port.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "reckless and vain")).isNull();
  }

  @Test
  void speechParticipleRightAfterANameReportsForIt() {
    DebateMap map =
        analyze(
            "Port deal agreed.\n\n"
                + "Soon after the meeting, both leaders issued a statement expressing hope about"
                + " working together - Halvorsen saying she was \"very encouraged\" and Okafor"
                + " calling it a \"good start.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "very encouraged")).isEqualTo("Halvorsen");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "good start")).isEqualTo("Okafor");
  }

  @Test
  void quotationAfterASentenceReportingANamedSpeakerGoesOnWithThem() {
    DebateMap map =
        analyze(
            "Port deal agreed.\n\n"
                + "Marek Lind came to Harlow from Gdansk in 2011. Lind recalled how on his first"
                + " week in the town, the only thing he noticed was a grey quay stacked with crates. \"And I"
                + " thought, how will I ever find my way here?\"\n\n"
                + "Nadia Varga announced on Monday the city lawsuit against the port authority and"
                + " two of its contractors. \"We are asking the court to stop the dredging until"
                + " the survey is done.\"\n\n"
                + "The report, released on Monday, found that the dredging had harmed the river."
                + " \"The damage will take a decade to repair.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "And I thought")).isEqualTo("Marek Lind");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We are asking")).isEqualTo("Nadia Varga");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The damage")).isNull();
  }

  @Test
  void quotationParagraphGoesOnFromTheNamedSubjectOfTheParagraphBefore() {
    DebateMap map =
        analyze(
            "Port deal agreed.\n\n"
                + "The council voted on the dredging plan on Monday. Marta Kovac is hopeful about"
                + " the harbour's prospects next season, partly since she regards the mayor as a"
                + " builder.\n\n"
                + "\"Not only can this port grow, it can become the busiest on the coast.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Not only")).isEqualTo("Marta Kovac");
  }

  @Test
  void anonymousSourceWhoDeclinedToBeIdentifiedSpeaksUnderTheDescription() {
    DebateMap map =
        analyze(
            "Port deal agreed.\n\n"
                + "\"He has never managed anything bigger than a shop,\" said a veteran aide to"
                + " Okafor, who declined to be identified. \"He does not know the river.\"");
    // The adviser speaks, under the words that describe them; Okafor only places the adviser.
    assertThat(speakerOf(map, ClaimKind.DIRECT, "He has never"))
        .isEqualTo("a veteran aide to Okafor");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "He does not know"))
        .isEqualTo("a veteran aide to Okafor");
  }

  @Test
  void participleGoingOnFromAReportedClauseSpeaksForTheReporter() {
    DebateMap map =
        analyze(
            "Port deal agreed.\n\n"
                + "Rena Cardova said Wednesday that the Liberals blocked her efforts to add"
                + " wording to tighten the audit, calling it a \"sticking point.\"\n\n"
                + "Pavel Novak said last week that Okafor stands for \"old harbour thinking,\" claiming"
                + " at the forum that it is \"kind to shipowners and cruel to crews.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "sticking point")).isEqualTo("Rena Cardova");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "kind to shipowners")).isEqualTo("Pavel Novak");
  }

  @Test
  void reportedSpeechBecomesAnIndirectClaim() {
    DebateMap map =
        analyze("Daniel Osei argued that open models make independent safety research possible.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text)
        .containsExactly("open models make independent safety research possible");
    assertThat(map.claims().get(0).speaker().name()).isEqualTo("Daniel Osei");
    assertThat(map.claims().get(0).cue()).isEqualTo("argued");
  }

  private static java.util.List<String> indirectTexts(DebateMap map) {
    return map.claims().stream()
        .filter(c -> c.kind() == ClaimKind.INDIRECT)
        .map(Claim::text)
        .toList();
  }

  @Test
  void bareClauseAfterSaidIsReportedEvenWhereTheParseMakesItAnObject() {
    // The parser reads these clauses as the verb's object or complement, or the verb as a
    // subject; the words after the cue are still what was said.
    DebateMap map =
        analyze(
            "Okafor said much of her meeting with Brandt was about Lisbon.\n\n"
                + "The lab says the average grant amount was $40.\n\n"
                + "Halvorsen said it’s among the toughest puzzles in her trade.\n\n"
                + "Okafor has previously said that clinics that treat the fever should not be"
                + " allowed to close.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "much of her meeting with Brandt was about Lisbon",
            "the average grant amount was $40",
            "it’s among the toughest puzzles in her trade",
            "clinics that treat the fever should not be allowed to close");
  }

  @Test
  void saidWithADateOrAnObjectOnlyReportsNothing() {
    DebateMap map =
        analyze(
            "\"We will publish the audit,\" said Tomas Reyes, who leads the lab.\n\n"
                + "Reyes said nothing more on Monday.\n\n"
                + "The lab keeps a comfortable margin over its competitors, and its budget keeps growing.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void thatOpeningTheReportedClauseAsItsSubjectIsKept() {
    DebateMap map = analyze("Asked about the delay, Reyes said that was a normal part of any audit.");
    assertThat(indirectTexts(map)).contains("that was a normal part of any audit");
  }

  @Test
  void aRelativeClauseWhoseObjectIsTheRelativeWordSpeaksThroughItsOwnSubject() {
    DebateMap map =
        analyze(
            "Much of the anger was aimed at Tomas Brandt, who Ilse Varga on Tuesday called \"a"
                + " reckless gambler with public money.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "a reckless gambler")).isEqualTo("Ilse Varga");
  }

  @Test
  void relativeClauseAfterTheSpeakerDoesNotLendItsNounAsTheSpeaker() {
    DebateMap map =
        analyze(
            "Professor Lena Dorsey, who runs the Varn Institute for Energy Policy, a small"
                + " research charity, said the panel had asked the wrong questions.");
    Claim claim = map.claims().get(0);
    assertThat(claim.text()).isEqualTo("the panel had asked the wrong questions");
    assertThat(claim.speaker().name()).isEqualTo("Lena Dorsey");
  }

  @Test
  void conjunctionAfterAQuotationOpensAnotherSpeakersClause() {
    DebateMap map =
        analyze(
            "Ada Brennan accuses the ministry of \"hiding behind the auditors\" and Tomas Reyes"
                + " says the audit is late.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "hiding behind")).isEqualTo("Ada Brennan");
  }

  @Test
  void accordingToGivesTheQualifiedClauseToItsSource() {
    DebateMap map =
        analyze("The model was downloaded two million times, according to Irene Vasquez.");
    Claim claim = map.claims().get(0);
    assertThat(claim.kind()).isEqualTo(ClaimKind.INDIRECT);
    assertThat(claim.text()).isEqualTo("The model was downloaded two million times");
    assertThat(claim.speaker().name()).isEqualTo("Irene Vasquez");
  }

  @Test
  void accordingToHungFromANounStillQualifiesItsSentence() {
    DebateMap map =
        analyze(
            "Roughly 41 percent of ferry operators with 20 or more boats run night crossings at"
                + " reduced or standard fares, according to a 2019 Transport Ministry survey.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "Roughly 41 percent of ferry operators with 20 or more boats run night crossings at"
                + " reduced or standard fares");
  }

  @Test
  void speechNounWithItsPhraseReportsItsOwnersPosition() {
    DebateMap map =
        analyze("Ada Brennan renewed her call for a ban on facial recognition in schools.");
    Claim claim = map.claims().get(0);
    assertThat(claim.kind()).isEqualTo(ClaimKind.INDIRECT);
    assertThat(claim.text()).isEqualTo("a ban on facial recognition in schools");
    assertThat(claim.speaker().name()).isEqualTo("Ada Brennan");
  }

  @Test
  void relativeClauseClosingTheContentIsLeftOut() {
    DebateMap map =
        analyze(
            "Okafor said the quiet campaign this time helped Brennan, who does not need to prove"
                + " her staying power.");
    assertThat(indirectTexts(map))
        .singleElement()
        .asString()
        .endsWith("helped Brennan");
  }

  @Test
  void unnamedSourceSpeaksAsAGroup() {
    DebateMap map = analyze("Officials said the release would be delayed until the spring.");
    Claim claim = map.claims().get(0);
    assertThat(claim.text()).isEqualTo("the release would be delayed until the spring");
    assertThat(claim.speaker().name()).isEqualTo("Officials");
    assertThat(actorNamed(map, "Officials").type()).isEqualTo(ActorType.GROUP);
  }

  @Test
  void unnamedPluralOfPeopleIsOneGroupThroughTheDocument() {
    DebateMap map =
        analyze(
            "Some ferry captains in Varrow said the new toll would empty the morning boats.\n\n"
                + "The harbour board disagreed. Some ferry captains in Varrow also argued that"
                + " the toll came too late in the season.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the new toll"))
        .isEqualTo("Some ferry captains in Varrow");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the toll came"))
        .isEqualTo("Some ferry captains in Varrow");
    assertThat(actorNamed(map, "Some ferry captains in Varrow").type())
        .isEqualTo(ActorType.GROUP);
  }

  @Test
  void quantifierThatStandsForPeopleSpeaksAsAGroup() {
    DebateMap map =
        analyze(
            "The council met on Tuesday to discuss the bridge tolls. Many said the fees were too"
                + " high for daily commuters.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the fees")).isEqualTo("Many");
    assertThat(actorNamed(map, "Many").type()).isEqualTo(ActorType.GROUP);
  }

  @Test
  void pluralThatTheAnimacyListsAlsoCountAsThingsSpeaksAsAGroup() {
    DebateMap map =
        analyze("Associates say the harbour master is likely to retire before the winter.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour master")).isEqualTo("Associates");
  }

  @Test
  void pluralOfThingsIsNoGroup() {
    DebateMap map =
        analyze("The ledgers show that the harbour board paid the dredging firm twice.");
    assertThat(map.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
  }

  @Test
  void recordCitedWithoutItsAuthorSpeaksForItself() {
    DebateMap map =
        analyze(
            "A new poll found that most commuters in Varrow oppose the bridge toll.\n\n"
                + "The toll would pay for two new piers, according to a report by the harbour"
                + " auditor.");
    // Named by its phrase without the article, so that two records of one text stay apart.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "most commuters")).isEqualTo("new poll");
    assertThat(actorNamed(map, "new poll").type()).isEqualTo(ActorType.RECORD);
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "The toll would pay"))
        .isEqualTo("report by the harbour auditor");
    assertThat(actorNamed(map, "report by the harbour auditor").type())
        .isEqualTo(ActorType.RECORD);
  }

  @Test
  void recordNamedWithTheParticipleAfterIt() {
    // The parser takes "released" for the verb here and hangs "showed" loosely from it.
    DebateMap map =
        analyze("The survey released Thursday showed that ferry fares had doubled since spring.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "ferry fares"))
        .isEqualTo("survey released Thursday");
  }

  @Test
  void fewWordsQuotedFromARecordAreItsTermNotAClaim() {
    DebateMap map =
        analyze("The memo proposes a \"staged\" toll for the bridge across the Varrow.");
    assertThat(map.claims()).noneMatch(c -> c.kind() == ClaimKind.DIRECT);
  }

  @Test
  void namesCoordinatedAsOneSubjectSpeakJointly() {
    DebateMap map =
        analyze(
            "Ada Quill and Ivo Marek said the tunnel would open in May.\n\n"
                + "Quill said later that the budget had doubled.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the tunnel"))
        .isEqualTo("Ada Quill and Ivo Marek");
    assertThat(actorNamed(map, "Ada Quill and Ivo Marek").type()).isEqualTo(ActorType.GROUP);
    // Where one of them speaks alone, she is an actor of her own.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the budget")).isEqualTo("Ada Quill");
  }

  @Test
  void nameThatPlacesOrRelatesAGroupDoesNotSpeakForIt() {
    DebateMap map =
        analyze(
            "Allies of Senator Tomas Brenner said the ferry bill was dead.\n\n"
                + "Voters in Halden and Norby said they wanted the old timetable back.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the ferry bill"))
        .isEqualTo("Allies of Senator Tomas Brenner");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "they wanted"))
        .isEqualTo("Voters in Halden and Norby");
    assertThat(map.actors()).noneMatch(a -> a.name().equals("Tomas Brenner"));
  }

  @Test
  void namesGivenInAppositionToAGroupSpeakJointly() {
    DebateMap map =
        analyze(
            "Two objectors, Ada Quill and Ivo Marek, said the tunnel permit should be withdrawn.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the tunnel permit"))
        .isEqualTo("Ada Quill and Ivo Marek");
    assertThat(actorNamed(map, "Ada Quill and Ivo Marek").type()).isEqualTo(ActorType.GROUP);
  }

  @Test
  void groupIsNamedThroughTheWordsThatPlaceIt() {
    DebateMap map =
        analyze(
            "Advisers to Senator Ada Quill insist that she has won two of the"
                + " last three ballots.\n\n"
                + "Officials in Lower Saxony, the state north of Hesse, said the ferry tolls would"
                + " rise in May.\n\n"
                + "Residents of Orvel and Dunmere said the bridge was unsafe.\n\n"
                + "Farmers and fishermen near the estuary argue that the dredging harms them.\n\n"
                + "Majorities of farmers in three valleys going to the ballot on Sunday say they"
                + " would back the levy.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "she has won"))
        .isEqualTo("Advisers to Senator Ada Quill");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the ferry tolls"))
        .isEqualTo("Officials in Lower Saxony");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the bridge"))
        .isEqualTo("Residents of Orvel and Dunmere");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the dredging"))
        .isEqualTo("Farmers and fishermen near the estuary");
    // A participle places them as a prepositional phrase does.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "they would back"))
        .isEqualTo("Majorities of farmers in three valleys going to the ballot on Sunday");
    assertThat(actorNamed(map, "Advisers to Senator Ada Quill").type())
        .isEqualTo(ActorType.GROUP);
  }

  @Test
  void pluralOfOrganisationsSpeaksAsOrganisationsTogether() {
    DebateMap map = analyze("Both companies said the merger would close in the autumn.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the merger")).isEqualTo("Both companies");
    assertThat(actorNamed(map, "Both companies").type()).isEqualTo(ActorType.ORGANIZATION);
  }

  @Test
  void quantifierAfterTheSubjectLeavesItToThePhraseItQuantifies() {
    DebateMap map =
        analyze(
            "Ada Quill and Senator Ivo Marek have both argued that the port lost jobs because of"
                + " the new tariffs.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the port"))
        .isEqualTo("Ada Quill and Senator Ivo Marek");
  }

  @Test
  void oneUnnamedPersonPlacedByADescriptionSpeaksUnderIt() {
    DebateMap map =
        analyze(
            "\"The harbour plan is finished,\" said a veteran aide to Mayor Tomas Brenner.\n\n"
                + "A friend close to the Quill family said the senator would not run again.\n\n"
                + "One of the former lawyers for Ivo Marek said the charges were quite"
                + " different.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The harbour plan"))
        .isEqualTo("a veteran aide to Mayor Tomas Brenner");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the senator"))
        .isEqualTo("A friend close to the Quill family");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the charges"))
        .isEqualTo("One of the former lawyers for Ivo Marek");
    // The adviser is a person of their own, not the mayor the description names.
    assertThat(actorNamed(map, "a veteran aide to Mayor Tomas Brenner").type())
        .isEqualTo(ActorType.PERSON);
  }

  @Test
  void anIndefinitePronounOpeningItsSentenceIsNoName() {
    DebateMap map =
        analyze("Someone called the ferry timetable a disgrace. Everyone said the fares would rise.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the ferry timetable")).isNull();
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the fares")).isNull();
    assertThat(map.actors()).isEmpty();
  }

  @Test
  void quotationThatOneUnnamedSourceSaysHasNoSpeaker() {
    DebateMap map =
        analyze(
            "Some ferry owners are wary. \"I have read nothing that reassures me,\" said one.\n\n"
                + "Several pilots are worried. \"We are exposed,\" one pilot said.\n\n"
                + "Another said the new timetable would cost him his evening trade.");
    // The word is no name to make an actor of, and the groups before are not the speaker.
    assertThat(speakerOf(map, ClaimKind.DIRECT, "I have read")).isNull();
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the new timetable")).isNull();
    // Short as it is, a quotation its own cue reports is a claim, not a term held at a distance.
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We are exposed")).isNull();
    assertThat(map.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
  }

  @Test
  void pluralSubjectThatIntroducesANameStillGoesToTheName() {
    DebateMap map =
        analyze(
            "Economists such as Lena Forsberg argue that the levy will raise rents in the"
                + " harbour district.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the levy")).isEqualTo("Lena Forsberg");
    assertThat(map.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
  }

  @Test
  void groupThatSetsOffExamplesOfItsMembersSpeaksAsTheGroup() {
    DebateMap map =
        analyze(
            "Several city council members, including Ada Quill and Ivo Marek of Halden, have"
                + " proposed new limits on river dredging.\n\n"
                + "Some fierce critics of the levy, like Tom Okafor, a fellow at the Norby Institute"
                + " in Lisk, also acknowledge that the fund has failed to help farmers.\n\n"
                + "But others, including Sen. Ada Quill (D-Ore.), are gently urging Reyes to accept"
                + " the result.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "new limits"))
        .isEqualTo("Several city council members");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the fund has failed"))
        .isEqualTo("Some fierce critics of the levy");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "accept the result")).isEqualTo("others");
  }

  @Test
  void membersAGroupIntroducesOrAQuantifierFollowsSpeakJointly() {
    DebateMap map =
        analyze(
            "Rights groups like the Halden Legal Fund and the Guild of Harbour Pilots praised the"
                + " latest attempt to close the yard.\n\n"
                + "The issue took on prominence as mayoral candidates Ada Quill and Ivo Marek both"
                + " sought to win over dock workers.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the latest attempt"))
        .isEqualTo("the Halden Legal Fund and the Guild of Harbour Pilots");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "win over"))
        .isEqualTo("Ada Quill and Ivo Marek");
  }

  @Test
  void recordSpeaksUnderTheWordsThatTellWhichRecordItIs() {
    DebateMap map =
        analyze(
            "A newly released memo relating to the harbour finds that the port had only two"
                + " guards on duty in the months before the fire.\n\n"
                + "Research conducted for the Norland Press Council showed that men wrote 65% of"
                + " the stories in 2014.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the port had"))
        .isEqualTo("newly released memo relating to the harbour");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "men wrote"))
        .isEqualTo("Research conducted for the Norland Press Council");
  }

  @Test
  void participleAfterAnObjectInAppositionGoesOnFromTheClause() {
    DebateMap map =
        analyze(
            "Last month, state attorneys charged the guard with theft and Quill dismissed her"
                + " police chief, Ivo Marek, conceding that many residents have lost faith in the"
                + " department.\n\n"
                + "Hours after the march, Okafor was on the Courier talking about the next steps"
                + " of his campaign.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "many residents")).isEqualTo("Quill");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the next steps")).isEqualTo("Okafor");
  }

  @Test
  void quotationInsideAReportedClauseGoesToTheCueThatGovernsIt() {
    DebateMap map =
        analyze(
            "Tomas Reyes said the council's plan was \"a gift to the incumbents\" and would not"
                + " survive the vote.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "a gift to")).isEqualTo("Tomas Reyes");
  }

  @Test
  void invertedAttributionReachesTheNamePastItsTitle() {
    DebateMap map =
        analyze(
            "\"Nobody outside the lab could check the results,\" said former chief of staff"
                + " David Okafor.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody outside")).isEqualTo("David Okafor");
  }

  @Test
  void sentenceThatOnlyAttributesAClosedQuotationGivesItsSpeaker() {
    DebateMap map =
        analyze(
            "The hearing ran late.\n\n\"The audit has to come before the release.\" Laura"
                + " Brennan said.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The audit")).isEqualTo("Laura Brennan");
  }

  @Test
  void quotationAfterASentenceThatOnlyAttributesTakesItsSpeaker() {
    DebateMap map =
        analyze(
            "The committee heard from two experts. Laura Brennan agreed. \"Nobody should ship a"
                + " model that nobody has tested.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody should ship")).isEqualTo("Laura Brennan");
  }

  @Test
  void pronounSkipsANameOfTheOtherGender() {
    DebateMap map =
        analyze(
            "Laura Brennan spoke at the hearing after David Okafor.\n\n\"We cannot wait for"
                + " another year,\" she said.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We cannot wait")).isEqualTo("Laura Brennan");
  }

  @Test
  void phrasalCueVerbAttributesTheQuotation() {
    DebateMap map =
        analyze(
            "David Okafor has run the lab for a decade.\n\n\"That is the whole point of"
                + " publishing,\" Okafor went on.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "That is the whole point")).isEqualTo("David Okafor");
  }

  @Test
  void roleWithANameInAppositionSpeaksUnderTheName() {
    DebateMap map =
        analyze("The finance minister, Laura Brennan, said the levy on model licences would end.");
    Claim claim =
        map.claims().stream().filter(c -> c.kind() == ClaimKind.INDIRECT).findFirst().orElseThrow();
    assertThat(claim.text()).isEqualTo("the levy on model licences would end");
    assertThat(claim.speaker().name()).isEqualTo("Laura Brennan");
  }

  @Test
  void organisationRoleNounResolvesToTheOrganisationNamedAfterIt() {
    DebateMap map =
        analyze(
            "Halden Labs released a new model on Monday, weeks after Corvane Systems did.\n\n"
                + "The lab said it had tested the model for six months before the release.");
    Claim claim =
        map.claims().stream().filter(c -> c.kind() == ClaimKind.INDIRECT).findFirst().orElseThrow();
    assertThat(claim.speaker().name()).isEqualTo("Halden Labs");
  }

  @Test
  void datelineDoesNotHideTheSpeaker() {
    DebateMap map =
        analyze(
            "HALDEN (Wire) — Tomas Reyes said on Monday that the council would publish its"
                + " findings in full.");
    Claim claim =
        map.claims().stream().filter(c -> c.kind() == ClaimKind.INDIRECT).findFirst().orElseThrow();
    assertThat(claim.speaker().name()).isEqualTo("Tomas Reyes");
  }

  @Test
  void nameLabellingAColonSpeaksWhatFollows() {
    DebateMap map =
        analyze(
            "Reading list for the week - David Okafor: \"Open weights let outsiders check every"
                + " claim a lab makes.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open weights let")).isEqualTo("David Okafor");
  }

  @Test
  void asSomeonePutsItAttributesTheQuotation() {
    DebateMap map =
        analyze(
            "As Laura Brennan puts it, the council has made regulators \"an offer they cannot"
                + " refuse.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "an offer they")).isEqualTo("Laura Brennan");
  }

  @Test
  void asTheOutletReportedVouchesForTheReportInsideIt() {
    // The outlet reported that the mayor said it: the whole sentence after the comma is the
    // outlet's claim, not the mayor's clause alone.
    DebateMap map =
        analyze("As the Varnholt Courier reported, Mayor Ilse Brandt said the ferry pier would"
            + " close in May.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker() == null ? null : c.speaker().name())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "Mayor Ilse Brandt said the ferry pier would close in May", "Varnholt Courier"));
  }

  @Test
  void asClauseInBracketsStillVouchesForTheRest() {
    DebateMap map =
        analyze("Tolvik approved the depot sale. (As the Varnholt Ledger first reported, the"
            + " council agreed to sell the depot to a builder from Maarsby.)");
    assertThat(map.claims())
        .filteredOn(c -> c.text().startsWith("the council agreed"))
        .extracting(c -> c.speaker() == null ? null : c.speaker().name())
        .containsExactly("Varnholt Ledger");
  }

  @Test
  void asClauseLeavesWordsVouchedForByAccordingTo() {
    // The source after "according to" vouches for the figures; "as I said" only recalls them.
    DebateMap map =
        analyze("As I said before, Brandt won nearly four thousand votes in the harbour district,"
            + " according to the Varnholt Courier.");
    assertThat(map.claims())
        .filteredOn(c -> c.text().contains("four thousand votes"))
        .extracting(c -> c.speaker() == null ? null : c.speaker().name())
        .containsExactly("Varnholt Courier");
  }

  @Test
  void sourceNounAfterTheQuotationNamesItsOwner() {
    DebateMap map =
        analyze(
            "Voters still remember Tomas Reyes's \"every model in the open by spring\" pledge"
                + " from the last campaign.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "every model")).isEqualTo("Tomas Reyes");
  }

  @Test
  void quotationSignedWithADashAndANameIsTheirs() {
    DebateMap map =
        analyze(
            "Overheard this week.\n\n\"Open weights are how a small lab keeps up with a big"
                + " one.\"\n\n- Laura Brennan, Halden.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open weights are how")).isEqualTo("Laura Brennan");
  }

  @Test
  void transcriptLabelWithAPartyBeforeTheColonSpeaks() {
    DebateMap map =
        analyze(
            "Rep. Tomas Reyes (D-Ore.): \"Who told you that the audit had been finished?\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Who told you")).isEqualTo("Tomas Reyes");
  }

  @Test
  void trailingCueAfterTheClauseThatHoldsTheQuotationSpeaks() {
    DebateMap map =
        analyze(
            "The council \"has every right to review the licence,\" just as the courts did last"
                + " year, David Okafor added.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "has every right")).isEqualTo("David Okafor");
  }

  @Test
  void titleCaseQuotationAfterAPrepositionNamesAShowNotAClaim() {
    DebateMap map =
        analyze(
            "Reyes said in an interview broadcast Friday on \"Harbour Hour.\" \"No cash in the"
                + " bank, no staff, no plan.\"\n\n"
                + "Okafor joked about the actor's latest turn in \"The Long Night.\"");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.DIRECT)
        .extracting(Claim::text)
        .containsExactly("No cash in the bank, no staff, no plan.");
  }

  @Test
  void titleWithASubtitleAfterAColonIsNoClaim() {
    DebateMap map =
        analyze(
            "Reyes wrote the memoir \"Long Night: How a Small Lab Took On the Giants of the Open"
                + " Web,\" which sold well. \"We never planned to sell anything,\" Reyes said.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.DIRECT)
        .extracting(Claim::text)
        .containsExactly("We never planned to sell anything,");
  }

  @Test
  void shortLowerCaseFragmentThatACueReportsIsAClaimEvenWithoutANamedSpeaker() {
    DebateMap map =
        analyze(
            "Officials said the new licence was \"a costly mistake\" for small labs.\n\n"
                + "Visitors pass the \"quiet floor\" on their way to the canteen.\n\n"
                + "The memo proposes a \"staged access\" scheme for the largest models.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.DIRECT)
        .extracting(Claim::text)
        .containsExactly("a costly mistake");
  }

  @Test
  void shortFragmentThatASpeechNounCarriesIsAClaim() {
    DebateMap map =
        analyze(
            "The senator has stood by her pledge of \"free tuition\" all year.\n\n"
                + "The hall hosted a \"quiet hour\" on Sunday.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.DIRECT)
        .extracting(Claim::text)
        .containsExactly("free tuition");
  }

  @Test
  void shortExclamationOrQuestionIsAClaimWhateverItsCase() {
    DebateMap map =
        analyze(
            "Outside the hall, the crowd kept chanting \"Four More Years!\" until midnight.\n\n"
                + "One woman near the stage just shouted \"Not again!\" and walked out.\n\n"
                + "A steward called for \"Quiet!\" twice.\n\n"
                + "The defeat set off a week of \"is it over?\" stories in the local papers.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.DIRECT)
        .extracting(Claim::text)
        .containsExactly("Four More Years!", "Not again!");
  }

  @Test
  void titleCaseQuotationInATitleCaseHeadlineIsNoClaimButTheBodysQuotationIs() {
    DebateMap map =
        analyze(
            "Reyes: \u2018We Will Open Every Model We Build\u2019 Before the Summer\n\n"
                + "Tomas Reyes said on Monday that \u201Cwe will open every model we build\u201D"
                + " before the summer, and his board agreed.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.DIRECT)
        .extracting(Claim::text)
        .containsExactly("we will open every model we build");
  }

  @Test
  void quotationInAHeadlineInSentenceCaseStaysAClaim() {
    DebateMap map =
        analyze(
            "Reyes says open models are \u2018the only honest way to build\u2019\n\n"
                + "The lab's founder spoke at a conference in Porto on Monday.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.DIRECT)
        .extracting(Claim::text)
        .containsExactly("the only honest way to build");
  }

  @Test
  void labelThatAVerbOfNamingPutsOnSomeoneIsAClaim() {
    DebateMap map =
        analyze(
            "At the rally, Tomas Reyes dubbed his rival \"the quiet senator\" and left early.\n\n"
                + "Critics have portrayed the inquiry as \"pure theatre\" since March.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.DIRECT)
        .extracting(Claim::text)
        .containsExactly("the quiet senator", "pure theatre");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "the quiet senator")).isEqualTo("Tomas Reyes");
  }

  @Test
  void interjectingSpeakerOwnsTheQuotationAfterTheColon() {
    DebateMap map =
        analyze(
            "Ada Brennan said the audit had been finished in May, to which Tomas Okafor"
                + " interjected: \"That is simply not true.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "That is simply")).isEqualTo("Tomas Okafor");
  }

  @Test
  void blankTextGivesAnEmptyMap() {
    assertThat(analyze("   \n\n ").claims()).isEmpty();
    assertThat(analyze("").actors()).isEmpty();
  }

  @Test
  void nullIsRejectedWithTheParameterName() {
    assertThatNullPointerException()
        .isThrownBy(() -> SharedAnalyzer.get().analyze((Document) null))
        .withMessageContaining("document");
    assertThatNullPointerException()
        .isThrownBy(() -> SharedAnalyzer.get().analyze((String) null))
        .withMessageContaining("text");
  }

  @Test
  void verbsOfKnowingReportTheBeliefInTheirThatClause() {
    DebateMap map =
        analyze(
            "Laura Brennan knows that the council will reject the levy on model licences.\n\n"
                + "By Friday, Tomas Reyes had realized that the vote on the open-weights bill was"
                + " lost.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker().name())
        .containsExactly(
            tuple("the council will reject the levy on model licences", "Laura Brennan"),
            tuple("the vote on the open-weights bill was lost", "Tomas Reyes"));
  }

  @Test
  void participleDescribingANounReportsWhatTheNounSays() {
    DebateMap map =
        analyze(
            "That evening, Tomas Reyes sent back a reply saying he would not back the"
                + " council's budget.\n\n"
                + "The lab published a statement saying that the board should not vote before the"
                + " audit.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "he would not back the council's budget",
            "the board should not vote before the audit");
    assertThat(map.claims().get(0).speaker().name()).isEqualTo("Tomas Reyes");
  }

  @Test
  void nounsOfJudgementCarryTheirOwnersThatClause() {
    DebateMap map =
        analyze(
            "The panel discussed Laura Brennan's assessment that the levy on model licences would"
                + " fail.\n\n"
                + "The council shared Tomas Reyes's suspicion that the audit had been rushed.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker().name())
        .containsExactly(
            tuple("the levy on model licences would fail", "Laura Brennan"),
            tuple("the audit had been rushed", "Tomas Reyes"));
  }

  @Test
  void shortObjectIsContentOnlyWhereItIsAllTheCueSays() {
    DebateMap map =
        analyze(
            "On Monday, Tomas Reyes announced his candidacy.\n\n"
                + "Laura Brennan urged the authority to publish the full audit of the lab.\n\n"
                + "Critics called the plan reckless, and Brennan rejected that criticism.");
    assertThat(indirectTexts(map))
        .contains("his candidacy", "publish the full audit of the lab")
        .doesNotContain("the authority", "that criticism");
  }

  @Test
  void markedAdjectivesReportAViewButOtherAdjectivesDoNot() {
    DebateMap map =
        analyze(
            "Laura Brennan is confident that the council will pass the open-weights bill.\n\n"
                + "Tomas Reyes was adamant that the levy on model licences was unfair.\n\n"
                + "The welcome step drew praise from the lab, which was concerned about costs.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker().name())
        .containsExactly(
            tuple("the council will pass the open-weights bill", "Laura Brennan"),
            tuple("the levy on model licences was unfair", "Tomas Reyes"));
  }

  @Test
  void verbsOfDisclosureReportTheirThatClause() {
    DebateMap map =
        analyze(
            "Tomas Reyes disclosed that the lab had paid him for the audit.\n\n"
                + "Laura Brennan underscored that the council had never voted on the levy.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker().name())
        .containsExactly(
            tuple("the lab had paid him for the audit", "Tomas Reyes"),
            tuple("the council had never voted on the levy", "Laura Brennan"));
  }

  @Test
  void aPersonsWantsAndPlansAreTheirPositionButAnInstitutionsScheduleIsNot() {
    DebateMap map =
        analyze(
            "Laura Brennan wants to cap the levy on model licences.\n\n"
                + "Tomas Reyes refused to publish the audit before the vote.\n\n"
                + "The standards committee is expected to respond in the autumn.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker().name())
        .containsExactly(
            tuple("cap the levy on model licences", "Laura Brennan"),
            tuple("publish the audit before the vote", "Tomas Reyes"));
  }

  @Test
  void whatAPersonBacksOrTalksAboutIsTheirPosition() {
    DebateMap map =
        analyze(
            "Ada Okafor supports the open-weights bill in its current form.\n\n"
                + "At the town hall, Tomas Reyes talked about the audit of the Halden lab.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker().name())
        .containsExactly(
            tuple("the open-weights bill in its current form", "Ada Okafor"),
            tuple("the audit of the Halden lab", "Tomas Reyes"));
  }

  @Test
  void objectBeforeAColonThatOpensAQuotationOnlyNamesItsSubject() {
    DebateMap map =
        analyze(
            "Ada Okafor backed the open-weights bill: \"It is the least the council can do for"
                + " researchers.\"");
    assertThat(indirectTexts(map)).isEmpty();
    assertThat(speakerOf(map, ClaimKind.DIRECT, "It is the least")).isEqualTo("Ada Okafor");
  }

  @Test
  void namedAskerReportsTheQuestionAndAQuestionPutToTheSubjectIsNoOnesNamed() {
    DebateMap map =
        analyze(
            "Laura Brennan asked whether the audit of the lab had been rushed.\n\n"
                + "Asked about the levy on model licences, Tomas Reyes said the council had not"
                + " voted on it.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker() == null ? null : c.speaker().name())
        .containsExactly(
            tuple("whether the audit of the lab had been rushed", "Laura Brennan"),
            tuple("the levy on model licences", null),
            tuple("the council had not voted on it", "Tomas Reyes"));
  }

  @Test
  void cueSetOffByCommasInsideItsClauseGivesTheWholeSentence() {
    DebateMap map =
        analyze("A fresh harbour master, she said, might bring a calmer mood to the docks.");
    assertThat(indirectTexts(map))
        .containsExactly("A fresh harbour master, she said, might bring a calmer mood to the docks");
  }

  @Test
  void negatedResponseReportsNothingButAResponseReportsWhatItAnswered() {
    DebateMap map =
        analyze(
            "Tomas Reyes did not respond to the council's questions on Friday.\n\n"
                + "Laura Brennan responded to the council's letter on the levy.");
    assertThat(indirectTexts(map)).containsExactly("the council's letter on the levy");
  }

  @Test
  void speechVerbsAndNounsCarryANounPhraseOrInfinitiveAsContent() {
    DebateMap map =
        analyze(
            "Laura Brennan revealed the terms of the licensing deal.\n\n"
                + "Tomas Reyes announced his decision to release the model's code.\n\n"
                + "Ada Okafor refused to testify again.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "the terms of the licensing deal",
            "release the model's code",
            "testify again");
  }

  @Test
  void quotationSignedWithADashSpeaksForTheSigner() {
    DebateMap map =
        analyze(
            "We get asked about this a lot.\n\n"
                + "\"Closed models ask you to trust the company. Open models let you check.\""
                + " \u2014 Jonas Berg, co-founder\n\n"
                + "> \"A model nobody can inspect is a model nobody can fix.\"\n"
                + "> \u2014 Marta Ilves, at the Tallinn summit");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Closed models ask")).isEqualTo("Jonas Berg");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "A model nobody")).isEqualTo("Marta Ilves");
  }

  @Test
  void datelineWithTheYearIsNoPartOfTheSubject() {
    DebateMap map =
        analyze(
            "HALDEN, March 3, 2027 \u2014 Northwind Labs announced that its next model would be"
                + " released with its weights.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "its next model")).isEqualTo("Northwind Labs");
  }

  @Test
  void quotationOpeningTheParagraphAfterOneThatEndedOnAQuotationGoesOnWithItsSpeaker() {
    DebateMap map =
        analyze(
            "According to Tomas Reyes, \"the council will not approve a model it cannot"
                + " inspect.\"\n\n"
                + "\"Every lab that wants a licence will have to open its weights to our"
                + " auditors.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Every lab")).isEqualTo("Tomas Reyes");
  }

  @Test
  void cueWithNoSubjectBeforeTheQuotationLeavesItToTheCueBeforeIt() {
    // The parse leaves "find" without a subject and hangs "said" from it.
    DebateMap map =
        analyze(
            "Of Okafor, Laura Brennan said plenty of families in her ward would find it \"very"
                + " hard to forgive\" Okafor's many votes on the levy.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "very hard")).isEqualTo("Laura Brennan");
  }

  @Test
  void twoQuotedWordsInAClauseWithANamedSubjectAreTheSubjects() {
    DebateMap map = analyze("Tomas Reyes supports \"open weights\" for every public model.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "open weights")).isEqualTo("Tomas Reyes");
  }

  @Test
  void objectOfACausativeVerbSpeaksForTheInfinitiveButAnUrgedObjectDoesNot() {
    DebateMap map =
        analyze(
            "The failed vote led Laura Brennan to call for a new audit of the lab.\n\n"
                + "Tomas Reyes urged the council to reject the plan.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "a new audit")).isEqualTo("Laura Brennan");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "reject the plan")).isEqualTo("Tomas Reyes");
  }

  @Test
  void personPlacedAtAnOrganisationInALabelSpeaks() {
    DebateMap map =
        analyze(
            "A sharp reply came from the floor. Nadia Osei of the Halden Institute: \"Scale is"
                + " exactly the problem. You cannot recall a download.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Scale is exactly")).isEqualTo("Nadia Osei");
  }

  @Test
  void personBeforeTheirTitleAndOrganisationInALabelSpeaks() {
    DebateMap map =
        analyze(
            "The ruling drew swift reactions.\n\n"
                + "\u2022 Marta Ilves, research lead, Kuusk Lab: \"This is a good day for science."
                + " Researchers can finally check what they are told.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "This is a good day")).isEqualTo("Marta Ilves");
  }

  @Test
  void timeThatHeadsALiveEntryIsNoSpeaker() {
    DebateMap map =
        analyze(
            "Live: the summit, day two\n\n"
                + "11:15 GMT\n"
                + "The chair, Hanne Vik, says the final text will mention \"responsible"
                + " openness\" but set no deadline.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "responsible openness"))
        .isEqualTo("Hanne Vik");
  }

  @Test
  void agentOfAPassiveCueSpeaks() {
    DebateMap map =
        analyze(
            "The Nordic AI Board met in Oslo on Monday.\n\n"
                + "It was argued by Tomas Reyes, a lawyer for several open-source groups, that"
                + " licensing would entrench the largest firms.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "licensing would entrench"))
        .isEqualTo("Tomas Reyes");
  }

  @Test
  void firstPersonInADoubledApostropheQuotationIsItsSpeaker() {
    DebateMap map =
        analyze(
            "Regulators in Oslo are weighing a licence for large models.\n\n"
                + "''I think the licence will slow down small labs,'' said Hanne Vik, who runs"
                + " a research group in Bergen.\n\n"
                + "The hearing ran late on Tuesday.\n\n"
                + "''We have published every test,'' Tomas Reyes said. ''And I believe that open"
                + " weights make outside audits easier.''");
    // The whole stretch before "said" is what Solberg said, her "I think" with it.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "I think the licence will slow"))
        .isEqualTo("Hanne Vik");
    // The second stretch is a claim of its own, first person and all, which holds the cue inside it.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "And I believe that open weights make"))
        .isEqualTo("Tomas Reyes");
  }

  @Test
  void cueCoordinatedInsideARelativeClauseSpeaksForTheNameBeforeWho() {
    DebateMap map =
        analyze(
            "Ada Brennan, who led the audit in 2023 and warned that the tests were too narrow, now"
                + " advises the ministry.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the tests were")).isEqualTo("Ada Brennan");
  }

  @Test
  void nameBeforeAPartyTagSpeaksForTheCueAfterIt() {
    DebateMap map =
        analyze(
            "Few were surprised, as Senator Mara Lindqvist (D-Ore.) has criticized the agency for"
                + " its delays.\n\n"
                + "Few were surprised, as Oskar Nyberg (Green) has argued that the audit was"
                + " rushed.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the agency")).isEqualTo("Mara Lindqvist");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the audit was")).isEqualTo("Oskar Nyberg");
  }

  @Test
  void surnameTheTaggerReadAsACommonWordStillSpeaksAsTheSubjectOfItsCue() {
    DebateMap map =
        analyze(
            "Councillor Ruth Small spoke at the harbour meeting on Tuesday.\n\n"
                + "Small, who chairs the ferry board, said that \"the county has ignored the"
                + " islands for a decade.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "the county has ignored"))
        .isEqualTo("Ruth Small");
  }

  @Test
  void positionInsideAReportedClauseIsTheAccountOfWhoeverReportsIt() {
    DebateMap map =
        analyze(
            "Tomas Reyes said Governor Lina Osk, who \"never listens to the islands,\" wants to"
                + " close every ferry line.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "close every ferry line"))
        .isEqualTo("Tomas Reyes");
  }

  @Test
  void quotedWordsInTheClauseOfAnOwnedClaimNounGoToItsOwner() {
    DebateMap map =
        analyze(
            "Harbour auditor Mara Lind's conclusion that the ferry accounts were \"careless and"
                + " rushed\" angered the board.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "careless")).isEqualTo("Mara Lind");
  }

  @Test
  void accordingToBeforeAColonVouchesForTheQuotationAfterIt() {
    DebateMap map =
        analyze(
            "According to Tomas Reyes: \"The ferry line will close in March whatever the council"
                + " decides.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The ferry line")).isEqualTo("Tomas Reyes");
  }

  @Test
  void personAfterATitleSpeaksThoughTheTaggerReadTheTitleAsAnAdjective() {
    DebateMap map =
        analyze(
            "\"Anyone who ignores the island schools puts our children at risk,\" said Reyes"
                + " constituent Ada Brennan when asked about the vote.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Anyone who ignores")).isEqualTo("Ada Brennan");
  }

  @Test
  void nameSetOffInsideADescriptionIsTheDescribedSpeaker() {
    DebateMap map =
        analyze(
            "The director of the Halden Institute, Ina Kask, told reporters her team never met the"
                + " mayor and said the institute paid for the survey itself.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the institute paid")).isEqualTo("Ina Kask");
  }

  @Test
  void personRightAfterATitleIsTheSpeakerNotAnotherHolderOfTheTitle() {
    DebateMap map =
        analyze(
            "Party chairman Rex Hale opened the meeting in Marlow.\n\n"
                + "There, the district party Chairman Ivo Brandt declined to name the delegates but"
                + " said one was a loyal supporter of the mayor.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "one was a loyal")).isEqualTo("Ivo Brandt");
  }

  @Test
  void firstNameAfterATitleIsPartOfTheSpeakersNameNotAVerb() {
    DebateMap map =
        analyze(
            "Reyes campaign spokeswoman Hope Ferris said every volunteer signs a pledge, though she"
                + " gave no details.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "every volunteer signs")).isEqualTo("Hope Ferris");
  }

  @Test
  void invertedCueAfterAnOwnedTitleSpeaksForThePersonTitled() {
    DebateMap map =
        analyze(
            "\"We have a long road ahead,\" added his campaign manager Ada Brennan, speaking to"
                + " reporters after the rally.\n\n"
                + "\"Imagine the mayor on a stage with both of them,\" mused Harbor Radio co-host"
                + " Piet Varga.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We have a long")).isEqualTo("Ada Brennan");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Imagine the mayor")).isEqualTo("Piet Varga");
  }

  @Test
  void verbOfMannerBeforeANameAfterTheQuotationNamesTheSpeaker() {
    DebateMap map =
        analyze(
            "The hall filled early.\n\n"
                + "\"This is a wonderful night!\" beamed Tomas Reyes of Halden, who came early to"
                + " be close to the stage.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "This is a wonderful")).isEqualTo("Tomas Reyes");
  }

  @Test
  void clauseThatClosesTheSentenceAfterACommaAttributesTheQuotation() {
    DebateMap map =
        analyze(
            "\"Neighbourhood clubs now knock on most of the doors\" in stark contrast to"
                + " the old days when the parties hired canvassers, says Nora Lind, a historian at"
                + " the Halden Institute.\n\n"
                + "\"The groups have the money and the staff\" but not the volunteers, says Ada"
                + " Brennan, a consultant in Leeds.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Neighbourhood clubs")).isEqualTo("Nora Lind");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The groups have")).isEqualTo("Ada Brennan");
  }

  @Test
  void closingClauseOpenedByAConjunctionAttributesNothing() {
    DebateMap map =
        analyze("Officials called the harbor plan \"a costly mess for everyone,\" and Ada Brennan"
            + " agreed.");
    // The quotation is what the officials called the plan, not what Brennan agreed to.
    assertThat(speakerOf(map, ClaimKind.DIRECT, "a costly mess")).isEqualTo("Officials");
  }

  @Test
  void agentOfAPassiveCueSpeaksForTheQuotation() {
    DebateMap map =
        analyze(
            "This habit of the council has been called \"polite paralysis\" by Nora Lind,"
                + " a professor at Halden University.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "polite paralysis")).isEqualTo("Nora Lind");
  }

  @Test
  void infinitiveCueAfterTheQuotationLeavesItToTheCueBefore() {
    DebateMap map =
        analyze(
            "On Tuesday, council leader Ada Brennan said that it was \"totally out of place\" for"
                + " Tomas Reyes to criticize the mayor.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "totally out of place")).isEqualTo("Ada Brennan");
  }

  @Test
  void nameSetOffFromATitleAfterTheQuotationSpeaksForTheCueThatFollows() {
    DebateMap map =
        analyze(
            "The mayor spoke on Sunday about the attack at the port.\n\n"
                + "\"Will Mayor Brennan ever admit the harbor was left unguarded? Time to step"
                + " aside!\" the likely council nominee, Tomas Reyes, tweeted Sunday after the"
                + " attack.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Will Mayor Brennan")).isEqualTo("Tomas Reyes");
  }

  @Test
  void cueThatOpensItsSentenceBeforeANameAndAColonIntroducesTheNextParagraph() {
    DebateMap map =
        analyze(
            "The vote on the port is next week.\n\n"
                + "Stated Okafor:\n\n"
                + "\"I think the stakes are very high for the whole city and for the harbor"
                + " workers.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "I think the stakes")).isEqualTo("Okafor");
  }

  @Test
  void verbOfATitleCaseHeadlineIsNoPartOfAName() {
    DebateMap map =
        analyze(
            "Glenn Brennan Blasts Okafor For Mocking His Harbor Plan.\n\n"
                + "The debate went on for hours on Monday in the port city.");
    assertThat(map.actors()).isNotEmpty();
    assertThat(map.actors())
        .flatExtracting(a -> a.name(), a -> a.aliases())
        .noneMatch(n -> n.toString().contains("Blasts"));
  }

  @Test
  void generationNumeralStaysInCapitalsInAPersonsName() {
    DebateMap map =
        analyze(
            "\"The harbor plan will pay for itself within ten years,\" said Tomas Reyes III, a"
                + " lawyer for the port authority.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The harbor plan")).isEqualTo("Tomas Reyes III");
  }

  @Test
  void surnameTheTaggerReadsAsAModalIsTheSubjectOfAPastTenseCue() {
    DebateMap map =
        analyze(
            "Lena Will, a columnist at the Harbor Gazette, has followed the port vote for"
                + " months.\n\n"
                + "Will wrote that the harbor plan would fail within a year.\n\n"
                + "Will described the mayor as \"a man out of his depth on every question of"
                + " money.\"");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbor plan")).isEqualTo("Lena Will");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "a man out of")).isEqualTo("Lena Will");
  }
  @Test
  void aGerundAfterBySpeaksForTheSubjectOfItsVerb() {
    DebateMap map =
        analyze("Omar Diaz responded by insisting that the harbour audits were never late.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour audits")).isEqualTo("Omar Diaz");
  }

  @Test
  void theOwnerOfARecordIsTheSourceOfWhatItSays() {
    DebateMap map =
        analyze("Vantor Labs released a new model on Monday. According to the firm's own test"
            + " report, Lumen scores close to the top closed systems on most tasks.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Lumen scores")).isEqualTo("Vantor Labs");
  }

  @Test
  void nameOpeningACoordinatedClauseSpeaksWhereTheParseTookAnotherSubject() {
    DebateMap map =
        analyze("Okafor and the bishop share many hopes for the harbour and its workers, and Reyes"
            + " suggested that the levy, and not his campaign, had prompted the talks held"
            + " with Lindqvist.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the levy")).isEqualTo("Reyes");
  }

  @Test
  void nameBetweenAClosingDoubledMarkAndItsCueSpeaks() {
    DebateMap map =
        analyze("Adaeze Okonkwo, who leads the dockworkers' union, spoke at the hall on Friday.\n\n"
            + "The crowd listened for an hour. ''There is deep worry among the crews we"
            + " represent, and the board keeps ignoring it,'' Ms. Okonkwo said.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "There is deep worry"))
        .isEqualTo("Adaeze Okonkwo");
  }

  @Test
  void nameBeforeAWhoseClauseSpeaksForTheVerbAfterIt() {
    DebateMap map =
        analyze("Tomas Reyes, whose home town, Halden, is expected to lose its harbour within a"
            + " decade as the sea rises, argues that the new levy will ruin the fishing trade.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the new levy")).isEqualTo("Tomas Reyes");
  }

  @Test
  void nameTheTaggerReadAsACommonNounSpeaksWhereTheTextWritesItAsAName() {
    DebateMap map =
        analyze("The harbour board met on Monday behind closed doors, according to Sprocket.\n\n"
            + "Sprocket reported that the board had voted to sell the eastern docks.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the board had voted")).isEqualTo("Sprocket");
  }

  @Test
  void bareNounOpeningItsSentenceThatTheTextNeverWritesInLowerCaseSpeaksAsAName() {
    DebateMap map =
        analyze("Salon reported Saturday that the council had delayed the vote on the ferry.\n\n"
            + "Part of the plan involves admitting that the toll failed.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the council had delayed")).isEqualTo("Salon");
    // A noun with a phrase hung on it is no name, whatever its capital.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the toll failed")).isNull();
  }

  @Test
  void nameGluedByAHyphenThatTheTextWritesAsANameSpeaksWhole() {
    DebateMap map =
        analyze("The board hired Freight-Q in May to count the barges.\n\n"
            + "Freight-Q keeps its own books closed but says the port lost money.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the port lost money"))
        .isEqualTo("Freight-Q");
  }

  @Test
  void sourceFromANamedAuthorIsTheirWord() {
    DebateMap map =
        analyze("The ferry will run late all winter, according to a recent post from Ada Quill.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "The ferry will run")).isEqualTo("Ada Quill");
  }

  @Test
  void questionAskedByANamedPersonIsTheirs() {
    DebateMap map =
        analyze("When asked by Ivo Marek about the ferry toll, Brandt said he would not budge.");
    assertThat(map.claims())
        .filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .extracting(Claim::text, c -> c.speaker() == null ? null : c.speaker().name())
        .contains(tuple("the ferry toll", "Ivo Marek"));
  }

  @Test
  void nameRightBeforeTheCueSpeaksWhereTheParseTookAnOpeningParticipleForTheSubject() {
    DebateMap map =
        analyze("Talks on the harbour levy stalled on Friday.\n\n"
            + "Reached by the Ledger, a weary Quill agreed that the ferry would not run in May.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the ferry would not run"))
        .isEqualTo("Quill");
  }

  @Test
  void headlineVerbTheTaggerTookForANounSpeaksForTheWordsOpeningItsLine() {
    DebateMap map =
        analyze("Ada Quill Calls for Ferry Inquiry after Report Reveals Toll Rises.\n\n"
            + "The senator spoke on Monday in the harbour town.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Ferry Inquiry")).isEqualTo("Ada Quill");
  }

  @Test
  void twoPostsThatAPossessiveOwnsIntroduceOnePerson() {
    DebateMap map =
        analyze("Talks on the harbour levy stalled on Friday.\n\n"
            + "Quill's senior pollster and adviser Ivo Marek said on Monday that the toll was"
            + " doomed.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the toll was doomed")).isEqualTo("Ivo Marek");
  }

  @Test
  void aTextWrittenOrOrganisedBySomeoneSpeaksForItsAuthor() {
    DebateMap map =
        analyze("The open letter, organised by Wilma Oduya, argues that the harbour tolls punish"
            + " small boats.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour tolls")).isEqualTo("Wilma Oduya");
    DebateMap signed =
        analyze("The letter, signed by dozens of skippers and written by the lawyer Ruben Aske,"
            + " argues that the tolls break the harbour charter.");
    assertThat(speakerOf(signed, ClaimKind.INDIRECT, "the tolls break")).isEqualTo("Ruben Aske");
  }

  @Test
  void namesTheTaggerMissesAreReadFromTheirContext() {
    // NER takes an unfamiliar person's name for an organisation's or a place's, or misses it: a
    // person's role before it, or a first name opening it as a speech verb's subject, settles it.
    DebateMap map =
        analyze("Forum chair Nadia Hollow said on Monday that the harbour tolls help small"
            + " boats. She says the port office should wait.\n\n"
            + "Ines Valley argued that the tolls must stay. Valley added that audits were weak.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the port office should wait"))
        .isEqualTo("Nadia Hollow");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the tolls must stay")).isEqualTo("Ines Valley");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "audits were weak")).isEqualTo("Ines Valley");
    assertThat(actorNamed(map, "Nadia Hollow").type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void anOrganisationsNameRunsOnPastForOfAndOn() {
    DebateMap map =
        analyze("The Centre for Model Risk said the harbour tolls ignored small boats.\n\n"
            + "The Institute on Open Computing said the levy would harm skippers.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour tolls"))
        .isEqualTo("Centre for Model Risk");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the levy"))
        .isEqualTo("Institute on Open Computing");
  }

  @Test
  void aGerundAfterAPrepositionSpeaksForTheClauseSubject() {
    // "before saying", "by warning": the parse may hang the gerund as an oblique, not a clause.
    DebateMap before =
        analyze("On Tuesday, Ms. Brennan deflected several questions about the audit before"
            + " saying that the lab would publish its weights.");
    assertThat(speakerOf(before, ClaimKind.INDIRECT, "the lab would publish"))
        .isEqualTo("Brennan");
    DebateMap by =
        analyze("Ada Brennan ended the hearing by warning that open weights cannot be recalled.");
    assertThat(speakerOf(by, ClaimKind.INDIRECT, "open weights")).isEqualTo("Ada Brennan");
  }

  @Test
  void aNameBeforeARelativeClauseSpeaksForTheVerbAfterIt() {
    DebateMap map =
        analyze("Tomas Reyes, whose views on licensing have upset even his own board, last year"
            + " proposed a registry of model weights.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "a registry")).isEqualTo("Tomas Reyes");
  }

  @Test
  void twoTitlesJoinedByAndIntroduceOnePerson() {
    DebateMap said =
        analyze("Veteran engineer and author Priya Natarajan said the benchmark was badly"
            + " flawed.");
    assertThat(speakerOf(said, ClaimKind.INDIRECT, "the benchmark")).isEqualTo("Priya Natarajan");
    DebateMap according =
        analyze("According to engineer and columnist Oliver Brandt, the largest models leak"
            + " private data.");
    assertThat(speakerOf(according, ClaimKind.INDIRECT, "the largest models"))
        .isEqualTo("Oliver Brandt");
  }

  @Test
  void aGerundTakenForTheSubjectOfItsInfinitiveLeavesTheClauseSubject() {
    DebateMap map =
        analyze("Continuing to defend the release, Helena Fischer dismissed any notion that"
            + " the model had flaws.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the release")).isEqualTo("Helena Fischer");
  }

  @Test
  void oneAmongThoseWhoSaySpeaksAndARecordSpeaksForItsIssuer() {
    DebateMap among =
        analyze("Marta Halvorsen, a nurse from Linz, is among those who claim the chatbot gave"
            + " them bad advice.");
    assertThat(speakerOf(among, ClaimKind.INDIRECT, "the chatbot")).isEqualTo("Marta Halvorsen");
    DebateMap video =
        analyze("Senator Ilse Marek has released a video that accuses Northwind Labs of hiding"
            + " its test results.");
    assertThat(speakerOf(video, ClaimKind.INDIRECT, "Northwind Labs")).isEqualTo("Ilse Marek");
  }

  @Test
  void placedDescriptionSpeaksWhereNoNamedPersonHoldsTheRole() {
    DebateMap map =
        analyze("The council met on Monday to discuss the harbour.\n\n"
            + "\u201cThe harbour will close by the spring,\u201d said the former senior aide to"
            + " Governor Ada Brennan.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The harbour will close"))
        .isEqualTo("the former senior aide to Governor Ada Brennan");
  }

  @Test
  void repeatedCueKeepsTheSpeakerOfTheFirst() {
    DebateMap map =
        analyze("Senator Tom Harlan said that Reyes is a \u201cdecent and honest man,\u201d and"
            + " said that Okafor \u201clost his nerve last week.\u201d");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "decent")).isEqualTo("Tom Harlan");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "lost his nerve")).isEqualTo("Tom Harlan");
  }

  @Test
  void titledNameRightBeforeTheCueSpeaksWhereTheParseLostIt() {
    DebateMap map =
        analyze("On Monday, while talking about a post from likely Green nominee Victor Hale"
            + " showing a photo of Ada Brennan and a badge, Leader of the Assembly Sen. Tomas"
            + " Reyes (G-OR) said \u201cpictures like that do not belong in this race.\u201d");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "pictures like that")).isEqualTo("Tomas Reyes");
  }

  @Test
  void invertedCueWhoseSubjectCannotBeReadLeavesTheQuotationWithoutASpeaker() {
    DebateMap map =
        analyze("Ada Brennan, the mayor, said on Monday that the harbour would close in the"
            + " spring.\n\n"
            + "\u201cWe will miss the boats more than anyone knows,\u201d said the old dock"
            + " foreman known to everyone as Pip.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We will miss the boats")).isNull();
  }

  @Test
  void definiteDescriptionAfterAnInvertedCueSpeaksWhereARelativeClausePlacesIt() {
    DebateMap map =
        analyze("The council met on Monday to discuss the harbour.\n\n"
            + "\u201cIt is hard to return to the shop so soon,\u201d said the tailor, who sews for a"
            + " rival label in Leeds.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "It is hard"))
        .isEqualTo("the tailor, who sews for a rival label in Leeds");
  }

  @Test
  void wordsOpeningATitleCaseHeadlineSpeakThroughItsVerb() {
    DebateMap map =
        analyze("Newspaper Says Varga Must Quit Politics And Visit The Farms.\n\n"
            + "The mayor of Orvel has not visited the flooded farms since March.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Varga Must Quit"))
        .isEqualTo("Newspaper");
  }

  @Test
  void reportInsideADoubledStretchGivesWayToTheStretchAndItsWriter() {
    DebateMap map =
        analyze("''If Marek thinks he can buy the harbour vote with a new ferry, he's mistaken!''"
            + " Ada Quill wrote on her blog on Friday.");
    // "thinks" reports what Quill says Marek believes; the quoted words are hers.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "If Marek thinks he can buy"))
        .isEqualTo("Ada Quill");
  }

  @Test
  void stretchGoesOnFromTheCueThatReportsTheStretchBeforeNotFromACueInsideIt() {
    DebateMap map =
        analyze("''If Governor Okafor thinks that I only arrived from a quiet town in the hills,"
            + " 'They will never notice.' Well, we will learn quickly,'' Ms. Quill said."
            + " ''Nobody will push me around. We will answer every charge.''");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Nobody will push me around"))
        .isEqualTo("Quill");
  }

  @Test
  void participleAfterASubordinateClauseGoesOnFromTheClauseAboveIt() {
    DebateMap noun =
        analyze("Ilse Marek scoffed at the suggestion that her harbour board could simply walk"
            + " away from the talks, arguing that there was still \"room for a fair deal.\"");
    assertThat(speakerOf(noun, ClaimKind.DIRECT, "room for a fair deal")).isEqualTo("Ilse Marek");
    DebateMap after =
        analyze("Tomas Reyes thanked the crowd after the ferry workers voted to strike, calling the"
            + " result \"a victory for every family on the coast.\"");
    assertThat(speakerOf(after, ClaimKind.DIRECT, "a victory for every")).isEqualTo("Tomas Reyes");
  }

  @Test
  void capitalAfterAQuestionMarkOpensASentenceWhoseCueIsNotTheQuotations() {
    DebateMap map =
        analyze("Ada Brennan wrote to the harbour master in May, asking him, \"why do the ferries"
            + " never run on time?\" Her aides later cited the letter as proof of her temper.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "why do the ferries")).isEqualTo("Ada Brennan");
  }

  @Test
  void participleAfterWithSpeaksForTheNounItFollows() {
    DebateMap map =
        analyze(
            "Both campaigns have traded sharp words over stricter audits this week, with"
                + " Reyes recently promising to \"audit every lab into the ground.\"\n\n"
                + "The bill drew fire from small developers on Tuesday, with the Open"
                + " Weights Alliance calling it \"a gift to the incumbents\" and its founder Ada"
                + " Quill mocking it on stage.\n\n"
                + "Mira Okafor wrote to the board with the full text of the charter, arguing, \"The"
                + " charter forbids this outright.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "audit every lab")).isEqualTo("Reyes");
    // A participle set off by a comma goes on from the clause, not from the noun before it.
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The charter forbids")).isEqualTo("Mira Okafor");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "a gift to the incumbents"))
        .isEqualTo("Open Weights Alliance");
  }

  @Test
  void trailingSubjectWithALongTitleStillNamesTheSpeaker() {
    DebateMap map =
        analyze(
            "\"Nobody at the agency has read a single model card, so they cannot judge the risk,\""
                + " Fair Pay for $20 organizing director Lena Forsberg told Halden Radio 4 in"
                + " Leeds. \"They care about one thing: headlines.\"\n\n"
                + "\"We will keep every model open,\" Stop the Scrape for All campaign director"
                + " Tomas Brandt told reporters.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody at the agency")).isEqualTo("Lena Forsberg");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "They care")).isEqualTo("Lena Forsberg");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We will keep")).isEqualTo("Tomas Brandt");
  }

  @Test
  void nameSetOffByADashBeforeTheColonLabelsTheQuotation() {
    DebateMap map =
        analyze(
            "Economists agree - Petra Lind: \"The release changed nothing for the small labs,"
                + " whatever the minister claims.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The release changed")).isEqualTo("Petra Lind");
  }

  @Test
  void asideBetweenANameAndItsLooseVerbIsSkipped() {
    DebateMap relative =
        analyze("By Friday the Halden Courier, which had first filed the strike under local notes,"
            + " said it would now put the walkout on its front page.");
    assertThat(speakerOf(relative, ClaimKind.INDIRECT, "it would now put the walkout"))
        .isEqualTo("Halden Courier");
    DebateMap participle =
        analyze("The harbour plan stalled after Tomas Reyes, asked about the ferry fares of the"
            + " island towns, had said, ''In my view our ferries cost far too much already.''");
    assertThat(speakerOf(participle, ClaimKind.INDIRECT, "In my view our ferries"))
        .isEqualTo("Tomas Reyes");
    DebateMap dashes =
        analyze("An essay written by Harbour Review's Lena Forsberg \u2014 titled Tides and Taxes"
            + " \u2014 accuses Marek of wasting the harbour budget.");
    assertThat(speakerOf(dashes, ClaimKind.INDIRECT, "Marek of wasting"))
        .isEqualTo("Lena Forsberg");
  }

  @Test
  void participleAfterADoubledStretchGoesOnFromTheClauseThatQuotesIt() {
    DebateMap map =
        analyze("On the day the ferry workers walked out, Petra Vanek said of the strike, ''I do"
            + " not care for it at all,'' adding that ''the crews feel a fury nobody can"
            + " ignore.''");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "I do not care")).isEqualTo("Petra Vanek");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the crews feel")).isEqualTo("Petra Vanek");
  }

  @Test
  void cueJoinedAfterARelativeClauseGoesOnFromTheMainClause() {
    DebateMap map =
        analyze("The Ferry Act set out to shield the island fishers who sold their catch at the"
            + " old market, and ordered that the market stay open on Sundays.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the market stay open")).isEqualTo("Ferry Act");
  }

  @Test
  void clauseThatHoldsTheSpeakerBeforeTheCueIsNoContent() {
    DebateMap map =
        analyze("Ferry captain Petra Vanek, waving a flag stitched with the town crest, said"
            + " she's glad the council kept the night crossing.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "she's glad the council"))
        .isEqualTo("Petra Vanek");
    assertThat(map.claims()).noneMatch(c -> c.text().startsWith("Ferry captain"));
  }

  @Test
  void verbTheParseTookForTheSubjectLeavesTheNameBeforeIt() {
    DebateMap map =
        analyze("In a long radio interview - recorded on a ferry between Lund and Orvel - Lena"
            + " Brennan continued to assert that she had never promised Marek the harbour post.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "she had never promised"))
        .isEqualTo("Lena Brennan");
  }

  @Test
  void personBeforeThePlaceSheServesSpeaksThroughALooseRelativeClause() {
    // The parse may hang the relative clause loosely and the participle from it; the person, not
    // the place after "of", goes on speaking.
    DebateMap map =
        analyze("Councillor Ivo Marek of Orvel, who trails in the harbour race, talked about bus"
            + " routes for weeks but grew sharper toward the mayor, finally saying she would"
            + " bankrupt the port.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "she would bankrupt"))
        .startsWith("Ivo Marek");
  }

  @Test
  void doubledStretchTakesItsSpeakerFromAnInvertedCueOrAParticipleAroundIt() {
    DebateMap inverted =
        analyze("Budget planners in Lund argued for weeks.\n\n''Closing half the ferry routes in"
            + " one winter would be reckless,'' because the island towns have no other road to the"
            + " mainland, said Ada Quill, who teaches maritime law in Varberg.");
    assertThat(speakerOf(inverted, ClaimKind.INDIRECT, "Closing half the ferry routes"))
        .isEqualTo("Ada Quill");
    DebateMap participle =
        analyze("Years ago Ivo Marek spoke warmly of Mayor Brennan's years at the harbour, telling"
            + " Radio Orvel: ''She kept every ferry on time. Nobody has managed it since.''");
    assertThat(speakerOf(participle, ClaimKind.INDIRECT, "She kept every ferry"))
        .isEqualTo("Ivo Marek");
  }

  @Test
  void paragraphOfQuotationsGoesOnFromWhoeverTheInterviewBeforeItNames() {
    // The interview hangs from a clause below the sentence's own verb, and two words quoted in
    // that sentence are held at a distance, not a quotation that speaks.
    DebateMap map =
        analyze("Marek visited the islands on Monday.\n\nNobody learned much about the \"new deal\""
            + " for the islands, as Marek kept to slogans throughout the radio interview.\n\n"
            + "\"The ferries will run on time.\"\n\"The islands come first.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The ferries will")).isEqualTo("Marek");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The islands come")).isEqualTo("Marek");
  }
}
