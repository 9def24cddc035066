package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.analyze;
import static io.github.debatestance.nlp.ShortTexts.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What reported speech takes as its content, each pattern on a short text written for this test:
 * objects read with the phrase after them, relative clauses inside and at the end of the content, stands taken by institutions, what a record shows, and
 * clauses the writer passes on as hearsay, stretches in doubled apostrophes, forecasts and wishes,
 * and cues that report nothing: a plural noun read as a verb, a poll's share, a first person's
 * memory; and where a content ends: before the one urged, a source named after the object, and the
 * speaker's next act; short objects of a cue's preposition, topics,
 * questions and concerns that no one named holds, and stands named in a phrase with "in".
 */
class ReportedSpeechPatternsTest {

  @Test
  void objectAndTheReasonAfterItAreOneContent() {
    DebateMap map =
        analyze("Marta Okafor blamed the county board for the long delays at the polling stations.");
    assertThat(indirectTexts(map))
        .containsExactly("the county board for the long delays at the polling stations");
  }

  @Test
  void complementiserAfterTheMediumIsNoPartOfTheContent() {
    DebateMap map =
        analyze(
            "Ilona Varga wrote in a newsletter that the new fees would drive small publishers"
                + " away.");
    assertThat(indirectTexts(map))
        .containsExactly("the new fees would drive small publishers away");
  }

  @Test
  void openAfterThatIsTheAdjectiveOfTheReportedSubjectWhereAVerbFollowsItsNoun() {
    DebateMap map =
        analyze(
            "Lena Marsh told the panel that open weights help auditors. The rules that open"
                + " models must follow are still unwritten, she said.");
    assertThat(indirectTexts(map)).contains("open weights help auditors");
  }

  @Test
  void objectAndTheLabelAfterItAreOneContent() {
    DebateMap map =
        analyze("Tomas Reyes described the new levy as a burden on small bakeries.");
    assertThat(indirectTexts(map)).containsExactly("the new levy as a burden on small bakeries");
  }

  @Test
  void objectAndTheJudgementAfterItAreOneContent() {
    DebateMap map =
        analyze("Marta Quell slammed the harbour board's ferry plan as too vague to work.");
    assertThat(indirectTexts(map))
        .containsExactly("the harbour board's ferry plan as too vague to work");
  }

  @Test
  void asClauseWithItsOwnSubjectOnlyDatesTheWords() {
    DebateMap map = analyze("Ivo Brandt praised the ferry plan as his aides looked on.");
    assertThat(indirectTexts(map)).containsExactly("the ferry plan");
  }

  @Test
  void relativeClauseInsideTheContentDoesNotEndIt() {
    DebateMap map =
        analyze("Ivo Brandt said that Governor Lina Osk, who must sign the bill, has revealed"
            + " almost nothing about her plans.");
    assertThat(indirectTexts(map))
        .containsExactly("Governor Lina Osk, who must sign the bill, has revealed almost nothing"
            + " about her plans");
  }

  @Test
  void relativeClauseAtTheEndOfTheContentIsLeftOut() {
    DebateMap map =
        analyze("Ivo Brandt said the ferry plan was drafted by Lina Osk, who never visited the"
            + " harbour.");
    assertThat(indirectTexts(map)).containsExactly("the ferry plan was drafted by Lina Osk");
  }

  @Test
  void castingSomeoneAsSomethingDescribesThem() {
    DebateMap map =
        analyze("Marta Quell cast her rival as a friend of the shipping lobby.");
    assertThat(indirectTexts(map)).containsExactly("her rival as a friend of the shipping lobby");
  }

  @Test
  void anOrderReportsWhatWasOrdered() {
    DebateMap map =
        analyze("Judge Ivo Brandt ordered the port authority to publish the safety audits.");
    assertThat(indirectTexts(map)).containsExactly("publish the safety audits");
  }

  @Test
  void theOneUrgedIsTheListenerNotTheContent() {
    DebateMap map = analyze("Marta Okafor urged the county board to publish the ferry audits.");
    assertThat(indirectTexts(map)).containsExactly("publish the ferry audits");
  }

  @Test
  void phraseAfterAnObjectNamingASourceTellsWhereItWasSaid() {
    DebateMap map =
        analyze("Ivo Brandt described the ferry plan in an interview with a local radio station.");
    assertThat(indirectTexts(map)).containsExactly("the ferry plan");
  }

  @Test
  void contentEndsBeforeTheNextCueOfItsSpeaker() {
    DebateMap map = analyze(
        "Marta Okafor said she misjudged the ferry vote and vowed to keep away from the quarrel.");
    assertThat(indirectTexts(map))
        .containsExactly("she misjudged the ferry vote", "keep away from the quarrel");
  }

  @Test
  void contentEndsBeforeAParticipleThatReportsMore() {
    DebateMap map = analyze("Lina Osk argued that the levy hurt small bakeries, insisting that"
        + " the council must repeal it.");
    assertThat(indirectTexts(map))
        .containsExactly("the levy hurt small bakeries", "the council must repeal it");
  }

  @Test
  void verbInTheTenseOfTheCueIsTheSpeakersOwnAct() {
    DebateMap map = analyze("Ivo Brandt says he will vote for the levy but has withheld his"
        + " endorsement of Okafor.");
    assertThat(indirectTexts(map)).containsExactly("he will vote for the levy");
  }

  @Test
  void verbInTheTenseOfTheContentGoesOnWithIt() {
    DebateMap map = analyze("Tomas Reyes said the figures in the audit are wrong and appear to"
        + " favour the large bakeries.");
    assertThat(indirectTexts(map))
        .containsExactly("the figures in the audit are wrong and appear to favour the large"
            + " bakeries");
  }

  @Test
  void encouragingSomeoneReportsWhatTheyAreEncouragedToDo() {
    DebateMap map =
        analyze("Ivo Brandt has encouraged his party to drop the ferry tax.");
    assertThat(indirectTexts(map)).containsExactly("drop the ferry tax");
  }

  @Test
  void likeningOneThingToAnotherIsOneContent() {
    DebateMap map =
        analyze("Marta Quell likened the ferry levy to a tax on island families.");
    assertThat(indirectTexts(map)).containsExactly("the ferry levy to a tax on island families");
  }

  @Test
  void negatedVerbOfSayingReportsNothingTheSpeakerSaid() {
    DebateMap map =
        analyze(
            "Corinne Aldana never said that licences would stop open releases. Teodor Falk did"
                + " not argue that the audit was late. Mirela Stan does not think the registry"
                + " will work.");
    assertThat(indirectTexts(map)).containsExactly("the registry will work");
  }

  @Test
  void institutionThatRefusesTakesAStand() {
    DebateMap map =
        analyze("The Halvard Foundation refused to release the audit of its grant programme.");
    assertThat(indirectTexts(map)).containsExactly("release the audit of its grant programme");
  }

  @Test
  void agreeingToSomethingReportsWhatWasAgreed() {
    DebateMap map =
        analyze("The Northwind company agreed to pay a fine of two million dollars to the county.");
    assertThat(indirectTexts(map))
        .containsExactly("pay a fine of two million dollars to the county");
  }

  @Test
  void pollShowsItsObject() {
    DebateMap map =
        analyze("A new county poll shows Councillor Reyes ahead of the mayor by nine points.");
    assertThat(indirectTexts(map))
        .singleElement()
        .asString()
        .startsWith("Councillor Reyes");
  }

  @Test
  void personShowingSomethingReportsNoClaim() {
    DebateMap map = analyze("Mayor Ines Delgado showed great patience with the noisy crowd.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void headlineWhereARecordShowsSomethingAnnouncesTheStory() {
    DebateMap map = analyze("Leaked memo shows the council preparing to cut the library budget");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void evidentialAdverbPassesTheClauseOnWithoutASpeaker() {
    DebateMap map =
        analyze("The Brightwater fund is reportedly spending three million dollars on radio ads.");
    Claim claim = map.claims().get(0);
    assertThat(claim.kind()).isEqualTo(ClaimKind.INDIRECT);
    assertThat(claim.text())
        .isEqualTo("The Brightwater fund is reportedly spending three million dollars on radio ads");
    assertThat(claim.speaker()).isNull();
  }

  @Test
  void evidentialAdverbOnOneWordIsNoClaim() {
    DebateMap map = analyze("The council debated the budget for a seemingly endless evening.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void cueSetOffInTheMiddleOfTheSentenceReportsAllOfIt() {
    DebateMap map =
        analyze("It was no surprise, Marta Okafor said, that the harbour levy failed in the"
            + " council.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "It was no surprise, Marta Okafor said, that the harbour levy failed in the council");
  }

  @Test
  void participleAfterAMiddleCueTellsWhatTheSpeakerDid() {
    DebateMap map = analyze("Sales were slow all week, Ivo Brandt said, wiping flour off his apron.");
    assertThat(indirectTexts(map)).containsExactly("Sales were slow all week");
  }

  @Test
  void sourceNamedInTheMiddleOfTheClauseVouchesForAllOfIt() {
    DebateMap map =
        analyze("Since last spring, according to the county audit, the ferry office has lost a"
            + " third of its staff.");
    assertThat(indirectTexts(map))
        .containsExactly("Since last spring, according to the county audit, the ferry office has"
            + " lost a third of its staff");
  }

  @Test
  void sourceNamedAtTheEndOfTheSentenceVouchesForAllOfIt() {
    DebateMap map =
        analyze("Turnout was higher than in 2012, when a third of the voters took part,"
            + " according to the county office.");
    assertThat(indirectTexts(map))
        .containsExactly("Turnout was higher than in 2012, when a third of the voters took part");
  }

  @Test
  void sourceNamedAtTheEndOfTheSentenceVouchesForItsOpeningPhrase() {
    DebateMap map =
        analyze("Of the 40 names put forward by the union, the board accepted just three,"
            + " according to the minutes.");
    assertThat(indirectTexts(map))
        .containsExactly("Of the 40 names put forward by the union, the board accepted just three");
  }

  @Test
  void properNameAfterAccordingToIsTheSourceWhateverNerMadeOfIt() {
    DebateMap map =
        analyze("Bakeries in the old town sold a third more bread last year, according to"
            + " Brindlewick.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Bakeries")).isEqualTo("Brindlewick");
  }

  @Test
  void averageOfPollsAfterAccordingToIsARecordThatSpeaks() {
    DebateMap map =
        analyze("Ada Quill leads Ivo Marek by four points, according to a running average of"
            + " harbour polls in the county.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Ada Quill leads")).endsWith("county");
  }

  @Test
  void adOrWebsiteCitedWithoutItsAuthorSpeaksForItself() {
    DebateMap map =
        analyze("The harbour board's website says the night ferry will run again in May."
            + "\n\nA new radio ad claims that the bridge toll will double by the autumn.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the night ferry")).endsWith("website");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the bridge toll")).endsWith("ad");
  }

  @Test
  void standThatAStatementStatesIsWhoeverIssuedIt() {
    DebateMap map =
        analyze("The Halden Institute issued a short note of concern about the new ferry levy."
            + "\n\nAda Quill released a letter in opposition to the harbour fee.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the new ferry levy"))
        .isEqualTo("Halden Institute");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour fee")).isEqualTo("Ada Quill");
  }

  @Test
  void sourceAtTheEndOfAReportConfirmsTheReport() {
    DebateMap map =
        analyze("Marta Okafor told donors that the levy would pass, according to two guests.");
    assertThat(indirectTexts(map)).containsExactly("the levy would pass");
  }

  @Test
  void possessivePronounOwnsTheStanceItsNounCarries() {
    DebateMap map =
        analyze("Marta Okafor spoke at the harbour on Monday. Her support for the ferry levy"
            + " surprised the council.");
    Claim claim = map.claims().get(0);
    assertThat(claim.kind()).isEqualTo(ClaimKind.INDIRECT);
    assertThat(claim.text()).isEqualTo("the ferry levy");
    assertThat(claim.speaker().name()).isEqualTo("Marta Okafor");
  }

  @Test
  void institutionThatBacksSomethingTakesAStand() {
    DebateMap map = analyze("The Kestrel Dockworkers Union supports the new harbour safety bill.");
    assertThat(indirectTexts(map)).containsExactly("the new harbour safety bill");
  }

  @Test
  void groupThatBacksSomethingTakesAStandWithoutANamedSpeaker() {
    DebateMap map = analyze("Most voters who back the ferry levy live in the river towns.");
    Claim claim = map.claims().get(0);
    assertThat(claim.text()).isEqualTo("the ferry levy");
    assertThat(claim.speaker()).isNull();
  }

  @Test
  void infinitiveAfterAnObjectGoesOnDescribingIt() {
    DebateMap map =
        analyze("Marta Okafor applauded the council's effort to open the harbour archives.");
    assertThat(indirectTexts(map))
        .containsExactly("the council's effort to open the harbour archives");
  }

  @Test
  void phraseAfterAnObjectGoesOnDescribingIt() {
    DebateMap map =
        analyze("Ivo Brandt recalled the mayor's generosity in support of the river food bank.");
    assertThat(indirectTexts(map))
        .containsExactly("the mayor's generosity in support of the river food bank");
  }

  @Test
  void dateAfterAnObjectIsNoPartOfIt() {
    DebateMap map = analyze("Lina Osk praised the harbour board's new ferry plan on Tuesday.");
    assertThat(indirectTexts(map)).containsExactly("the harbour board's new ferry plan");
  }

  @Test
  void phraseAfterALoneNameTellsWhereItWasSaid() {
    DebateMap map = analyze("Tomas Reyes criticized Corvane on the radio.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void doubledApostropheStretchBeforeItsCueIsTheCuesContent() {
    DebateMap map = analyze(
        "''The recession started it, and the rest followed,'' said Ines Acosta, referring to the"
            + " law.");
    // What she referred to is a content of its own, however short.
    assertThat(indirectTexts(map))
        .containsExactly("The recession started it, and the rest followed", "the law");
    assertThat(map.claims().get(0).speaker().name()).isEqualTo("Ines Acosta");
  }

  @Test
  void closingDoubledMarkEndsTheContentOfACueInsideTheStretch() {
    DebateMap map =
        analyze("''Most voters think the levy hurts small bakeries,'' Lena Ostrova said.");
    assertThat(indirectTexts(map))
        .containsExactly("Most voters think the levy hurts small bakeries");
    assertThat(map.claims().get(0).speaker().name()).isEqualTo("Lena Ostrova");
  }

  @Test
  void wordOfTheStretchIsNoSubjectOfTheInvertedCueAfterIt() {
    DebateMap map = analyze(
        "''I doubt the council thinks he cares enough about the harbour, even though she is,''"
            + " said Ines Acosta, a ferry pilot and a longtime member who said she would not vote"
            + " for Mr. Halloran.");
    assertThat(map.claims().get(0).text()).startsWith("I doubt the council");
    assertThat(map.claims().get(0).speaker().name()).isEqualTo("Ines Acosta");
  }

  @Test
  void invertedCueAfterADoubledQuestionOrExclamationNamesItsSpeaker() {
    DebateMap map = analyze(
        "''Why should bakers pay more for flour than the mills do?'' asked Ines Acosta, a trader."
            + "\n\n''The harbour board has lost its way again!'' shouted Tomas Reyes at the meeting.");
    assertThat(indirectTexts(map)).containsExactly(
        "Why should bakers pay more for flour than the mills do",
        "The harbour board has lost its way again");
    assertThat(map.claims().get(0).speaker().name()).isEqualTo("Ines Acosta");
    assertThat(map.claims().get(1).speaker().name()).isEqualTo("Tomas Reyes");
  }

  @Test
  void descriptionBetweenAClosingDoubledMarkAndItsCueNamesTheSpeakerInApposition() {
    DebateMap map = analyze(
        "''The ferry is late again this winter,'' the spokesman for the harbour board, Ivo"
            + " Marek, said on Friday.\n\n''Flour prices have doubled since the spring,'' Ada Quill, a"
            + " baker in the old town, wrote on her blog.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "The ferry is")).isEqualTo("Ivo Marek");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Flour prices")).isEqualTo("Ada Quill");
  }

  @Test
  void descriptionAfterAnInvertedCueNamesTheSpeakerInApposition() {
    DebateMap map = analyze(
        "''The mills will close by March,'' said another local trader, Tomas Vell. ''We have"
            + " no choice.''\n\n''The levy was drafted in a hurry,'' said an old friend from"
            + " Lund, Ada Quill, who sat on the panel.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "The mills")).isEqualTo("Tomas Vell");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "The levy was")).isEqualTo("Ada Quill");
  }

  @Test
  void descriptionThatPlacesAPersonByAPrepositionNamesNoSpeaker() {
    DebateMap map = analyze(
        "''The ferry will be late again this winter,'' said a longtime aide to Ivo Marek.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "The ferry will")).isNull();
  }

  @Test
  void cueCoordinatedAfterAQuotedPhraseReportsItsOwnContent() {
    DebateMap map = analyze(
        "Senator Reyes called the levy \u2018a tax on bread as much as on flour\u2019 and called for"
            + " a full refund for bakers.");
    assertThat(indirectTexts(map)).containsExactly("a full refund for bakers");
    assertThat(map.claims()).filteredOn(c -> c.kind() == ClaimKind.INDIRECT)
        .allSatisfy(c -> assertThat(c.speaker().name()).isEqualTo("Reyes"));
  }

  @Test
  void contentOfACueEndsBeforeACueCoordinatedWithIt() {
    DebateMap map = analyze(
        "Senator Reyes called the levy a tax on bread and called for a full refund for bakers.");
    assertThat(indirectTexts(map))
        .containsExactly("the levy a tax on bread", "a full refund for bakers");
  }

  @Test
  void secondHalfOfASplitDoubledStretchIsAClaimOfTheSameSpeaker() {
    DebateMap map = analyze(
        "''The ferry fares will rise again,'' said Ines Acosta, a harbour pilot. ''Nobody on the"
            + " council wants to admit it.''");
    assertThat(indirectTexts(map)).containsExactly(
        "The ferry fares will rise again", "Nobody on the council wants to admit it");
    assertThat(map.claims()).allSatisfy(c -> assertThat(c.speaker().name()).isEqualTo(
        "Ines Acosta"));
  }

  @Test
  void paragraphOfADoubledStretchAloneGoesOnFromTheSpeakerBefore() {
    DebateMap map = analyze(
        "''The harbour needs a second pier,'' Tomas Reyes said.\n\n''Every winter the ferries"
            + " wait outside the breakwater for hours.''");
    assertThat(indirectTexts(map)).containsExactly("The harbour needs a second pier",
        "Every winter the ferries wait outside the breakwater for hours");
    assertThat(map.claims().get(1).speaker().name()).isEqualTo("Tomas Reyes");
  }

  @Test
  void doubledStretchThatNamesAWorkOrHasNoVerbIsNoClaim() {
    DebateMap map = analyze(
        "Tomas Reyes said the new pier was late.\n\n''A Harbour We Could Be Proud Of''\n\n''A"
            + " quiet town with loud gulls and two ferries.''");
    assertThat(indirectTexts(map)).containsExactly("the new pier was late");
  }

  @Test
  void whatSomethingIsExpectedToDoIsAForecastWithoutASpeaker() {
    DebateMap map = analyze("The new ferry line is expected to carry two thousand riders a day.");
    assertThat(indirectTexts(map)).containsExactly("carry two thousand riders a day");
    assertThat(map.claims().get(0).speaker()).isNull();
  }

  @Test
  void whatAnInstitutionIsExpectedToDoIsItsSchedule() {
    DebateMap map = analyze("The harbour board is expected to give its verdict in May.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void whatAnInstitutionWantsIsItsPosition() {
    DebateMap map = analyze("The county council wants to cap the levy on bakeries.");
    assertThat(indirectTexts(map)).containsExactly("cap the levy on bakeries");
  }

  @Test
  void aFirstPersonWishIsNoReportedPosition() {
    DebateMap map = analyze("I want to see the new harbour plan.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void pollShowingSomeoneDoingSomethingReportsTheWholeClause() {
    DebateMap map = analyze(
        "The new county poll shows Senator Ines Reyes trailing her rival by four points.");
    assertThat(indirectTexts(map))
        .containsExactly("Senator Ines Reyes trailing her rival by four points");
  }

  @Test
  void aToldClauseThatTheParseMakesTheCuesOwnSubjectIsStillReported() {
    DebateMap map =
        analyze(
            "Maria Vance told reporters the plan was reckless. Dr. Felix Arnaud, chief scientist at"
                + " Veridian Labs, told senators his company would keep its largest model behind an"
                + " interface.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "the plan was reckless",
            "his company would keep its largest model behind an interface");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the plan")).isEqualTo("Maria Vance");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "his company")).isEqualTo("Felix Arnaud");
  }

  @Test
  void whatAGroupTalksAboutIsItsSubject() {
    DebateMap map = analyze("The two unions talked about the new ferry schedule.");
    assertThat(indirectTexts(map)).containsExactly("the new ferry schedule");
  }

  @Test
  void whatAGroupVotesForIsItsChoice() {
    DebateMap map = analyze("Most harbour workers voted for the levy cap.");
    assertThat(indirectTexts(map)).containsExactly("the levy cap");
  }

  @Test
  void statesAfterARegionIsThePluralNounNotACue() {
    DebateMap map = analyze(
        "Ballots were cast in Ostland and Marrow, Iron Belt states where many mills have"
            + " closed.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void statesAfterARecordIsTheCue() {
    DebateMap map = analyze("The harbour charter states that members must vote in person.");
    assertThat(indirectTexts(map)).containsExactly("members must vote in person");
  }

  @Test
  void aShareOfThosePolledFavouringSomeoneIsNoStand() {
    DebateMap map = analyze("In the county survey, 31 percent favored Ines Reyes.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void aSplitBetweenSharesIsNoStand() {
    DebateMap map = analyze("Dock workers favored Ines Reyes 52 percent to 30 percent.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void whatAGroupFavoursIsItsStand() {
    DebateMap map = analyze("Most harbour workers favored the levy cap.");
    assertThat(indirectTexts(map)).containsExactly("the levy cap");
  }

  @Test
  void aFirstPersonsPastBeliefIsAMemoryNotAClaim() {
    DebateMap map = analyze("I knew the ferry plan would fail.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void aFirstPersonsPresentKnowledgeIsAClaim() {
    DebateMap map = analyze("Ines Reyes told the board: we know that the ferry plan is late.");
    assertThat(indirectTexts(map)).contains("the ferry plan is late");
  }

  @Test
  void aCueSetOffAfterItsClauseReportsTheSentenceThatGoesOnPastIt() {
    DebateMap map =
        analyze("The new levy will be hard to collect, most harbour traders say, because the port"
            + " keeps no records of small sales.");
    assertThat(indirectTexts(map))
        .containsExactly("The new levy will be hard to collect, most harbour traders say, because"
            + " the port keeps no records of small sales");
  }

  @Test
  void anInvertedSpeakersDescriptionDoesNotGoOnWithTheClause() {
    DebateMap map =
        analyze("The new levy will be hard to collect, said Ivo Brandt, a trader at the harbour.");
    assertThat(indirectTexts(map)).containsExactly("The new levy will be hard to collect");
  }

  @Test
  void aContentInDoubledMarksRunsToTheirClosingMarkAndLeavesTheMarksOut() {
    DebateMap map =
        analyze("Ivo Brandt said: ''The ferry plan is late. It will cost the harbour far more than"
            + " anyone admits.''");
    assertThat(indirectTexts(map))
        .containsExactly("The ferry plan is late. It will cost the harbour far more than anyone"
            + " admits");
  }

  @Test
  void decliningToCommentIsReportedWithItsTo() {
    DebateMap map =
        analyze("A spokeswoman for the port authority declined to comment. The Quell campaign"
            + " declined to comment.");
    assertThat(indirectTexts(map)).containsExactly("to comment", "to comment");
  }

  @Test
  void whatUnnamedPeopleHopeIsTheirStand() {
    DebateMap map = analyze("Port officials hope that the council will drop the levy.");
    assertThat(indirectTexts(map)).containsExactly("the council will drop the levy");
  }

  @Test
  void anInfinitiveWhoseObjectIsTheRelativeWordReportsNothing() {
    DebateMap map = analyze("The harbour plan, which the board declined to take up, is dead.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void callingSomeoneSomethingNamesThemBoth() {
    DebateMap map = analyze("Ivo Brandt calls himself a cautious reformer.");
    assertThat(indirectTexts(map)).containsExactly("himself a cautious reformer");
  }

  @Test
  void callingAThingSomethingIsAJudgementOfIt() {
    DebateMap map = analyze("Marta Quell called the ferry deal a disaster for the harbour.");
    assertThat(indirectTexts(map)).containsExactly("the ferry deal a disaster for the harbour");
  }

  @Test
  void beingCriticalOfSomethingIsAStandOnIt() {
    DebateMap map = analyze("Marta Quell is critical of the harbour levy.");
    assertThat(indirectTexts(map)).containsExactly("the harbour levy");
  }

  @Test
  void beingWorriedAboutSomethingIsAStandOnIt() {
    DebateMap map = analyze("Dock workers are worried about the new ferry schedule.");
    assertThat(indirectTexts(map)).containsExactly("the new ferry schedule");
  }

  @Test
  void whatIsStressedOrBemoanedIsTheObject() {
    DebateMap map =
        analyze("Ivo Brandt stressed his record on the port budget. Dana Okafor bemoaned the"
            + " slow pace of the audit.");
    assertThat(indirectTexts(map))
        .containsExactly("his record on the port budget", "the slow pace of the audit");
  }

  @Test
  void echoingAWarningRepeatsIt() {
    DebateMap map = analyze("Ivo Brandt echoed the mayor's warning about the ferry fares.");
    assertThat(indirectTexts(map)).containsExactly("the mayor's warning about the ferry fares");
  }

  @Test
  void accusingSomeoneOfSomethingReadsThePhraseHungFromTheObject() {
    DebateMap map =
        analyze("Lars Berg, head of the civil liberties group Clear Net, accused the agency of"
            + " handling the sharing of findings as plainly risky.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "the agency of handling the sharing of findings as plainly risky");
  }

  @Test
  void accordingToARecordVouchesForAClauseWhoseVerbReadsAsANoun() {
    DebateMap map =
        analyze("Vantor Labs released a new model on Monday. According to the firm's own test"
            + " report, Lumen scores close to the top closed systems on most tasks.");
    assertThat(indirectTexts(map))
        .containsExactly("Lumen scores close to the top closed systems on most tasks");
  }

  @Test
  void speakingByWayOfAGerundReportsItsClause() {
    DebateMap map =
        analyze("Tom Okafor closed by stressing that the cost of paid models falls mainly on small"
            + " shops. Lena Park began by saying that the new rules would hurt hospitals.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "the cost of paid models falls mainly on small shops",
            "the new rules would hurt hospitals");
  }

  @Test
  void aDemandCarriesTheConditionAfterIt() {
    DebateMap map =
        analyze("Karl Weiss called for compulsory outside reviews before systems above a given"
            + " size can be sold in Norway. Petra Lind urged stricter checks until the agency has"
            + " hired enough staff.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "compulsory outside reviews before systems above a given size can be sold in Norway",
            "stricter checks until the agency has hired enough staff");
  }

  @Test
  void aWhetherClauseAfterADemandBelongsToIt() {
    DebateMap map =
        analyze("Karl Weiss called the plan \"a muddle\" and called for a legal permit system for"
            + " the largest systems, whether they are shared or not.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "a legal permit system for the largest systems, whether they are shared or not");
  }

  @Test
  void aClauseCutBeforeItsOwnVerbRunsOnToIt() {
    DebateMap map =
        analyze("Mara Quist argued that labs still selling closed models must be bound by the"
            + " same kind of audits that the charter sets out.");
    assertThat(indirectTexts(map))
        .singleElement()
        .asString()
        .startsWith("labs still selling closed models must be bound by the same kind");
  }

  @Test
  void aSetPhraseEndingInASpeechVerbReportsNothing() {
    DebateMap map =
        analyze("That said, the harbour board may still approve the ferry plan. All told, nine"
            + " council members voted against the bread levy. The ferry, you know, was never"
            + " cheap. Ivo Brandt said the plan was late.");
    // The vote is a stand of its own; the set phrase before it reports nothing.
    assertThat(indirectTexts(map)).containsExactly("against the bread levy", "the plan was late");
  }

  @Test
  void aNegatedStandInARelativeClauseDescribesItsNoun() {
    DebateMap map =
        analyze("Governor Lina Osk, who has not endorsed any candidate, toured the harbour on"
            + " Friday. Marta Quell endorsed the ferry plan.");
    assertThat(indirectTexts(map)).containsExactly("the ferry plan");
  }

  @Test
  void aContentThatOnlyNamesWhoSpokeIsNoClaim() {
    DebateMap map =
        analyze("\"When will the ferry run again?\" Mayor Ivo Brandt said at a harbour meeting,"
            + " according to two council aides.");
    assertThat(indirectTexts(map)).isEmpty();
    assertThat(map.claims()).extracting(Claim::text)
        .containsExactly("When will the ferry run again?");
  }

  @Test
  void secondClauseOpenedByItsOwnThatIsPartOfTheContent() {
    DebateMap map =
        analyze("Lina Osk said the ferry plan takes no stand on fares and that the council would"
            + " hear both harbours before spring.");
    assertThat(indirectTexts(map))
        .containsExactly("the ferry plan takes no stand on fares and that the council would hear"
            + " both harbours before spring");
  }

  @Test
  void accordingToASourceWithALongNameKeepsTheClaimsSubject() {
    DebateMap map =
        analyze("According to a study by the Centre for Harbour Risk, safety nets on small ferries"
            + " can be removed in under an hour.");
    assertThat(indirectTexts(map))
        .containsExactly("safety nets on small ferries can be removed in under an hour");
  }

  @Test
  void asPhraseAfterTheReasonOfAnAccusationIsPartOfIt() {
    DebateMap map =
        analyze("Ivo Brandt accused the harbour board of using the levy as a slush fund.");
    assertThat(indirectTexts(map))
        .containsExactly("the harbour board of using the levy as a slush fund");
  }

  @Test
  void aShortObjectOfACuesPrepositionIsContent() {
    DebateMap map =
        analyze("Senator Ilse Varga called for the tariff. Marta Quell asked for a recount."
            + " Councillor Ivo Brandt weighed in on the harbour dispute.");
    assertThat(indirectTexts(map))
        .containsExactly("the tariff", "a recount", "the harbour dispute");
  }

  @Test
  void aTopicOfTwoWordsLedByTheIsNoStand() {
    DebateMap map =
        analyze("In her speech, Lina Osk talked about the move. Lina Osk talked about the harbour"
            + " fees.");
    assertThat(indirectTexts(map)).containsExactly("the harbour fees");
  }

  @Test
  void aTopicClauseAfterAboutIsContent() {
    DebateMap map = analyze("Lina Osk talked about how the ferry would pay for itself.");
    assertThat(indirectTexts(map)).containsExactly("how the ferry would pay for itself");
  }

  @Test
  void aNounThatDescribesSomeoneByTheirStandReportsNothingTheySaid() {
    // The target of "a critic of" alone, read as a claim, would take a side by its own words
    // ("closed development" reads as an attack on closed labs), whatever the noun says of it.
    DebateMap map =
        analyze("Tomas Reyes, a fierce critic of the harbour levy, spoke first. Marta Quell is a"
            + " longtime supporter of the bakers' union.");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void questionsAndConcernsCountWithNoOneNamedWhoHoldsThem() {
    DebateMap map =
        analyze("The leaked memos left fresh questions about the harbour fund. There is growing"
            + " concern about the ferry fares.");
    assertThat(indirectTexts(map)).containsExactly("the harbour fund", "the ferry fares");
    // Records cited without their author hold what they raise.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour fund")).isEqualTo("leaked memos");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the ferry fares")).isNull();
  }

  @Test
  void aStandNounInAPhraseWithInIsTheSubjects() {
    DebateMap map =
        analyze("Councillor Ivo Brandt stood in opposition to the harbour levy. Nine council"
            + " members voted in favour of the ferry plan.");
    assertThat(indirectTexts(map)).containsExactly("the harbour levy", "the ferry plan");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour levy")).isEqualTo("Ivo Brandt");
  }

  @Test
  void aCritiqueOfAPlanIsItsOwnersStand() {
    DebateMap map =
        analyze("Okafor's critique of the harbour levy drew applause from the dock workers.");
    assertThat(indirectTexts(map)).containsExactly("the harbour levy");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour levy")).isEqualTo("Okafor");
  }

  @Test
  void decliningToCommentOnSomethingReportsNothingAboutIt() {
    DebateMap map = analyze("Two of the firms declined to comment on Okafor's ferry deal.");
    assertThat(indirectTexts(map)).noneMatch(t -> t.contains("ferry deal"));
  }

  @Test
  void clauseAfterTheOneToldIsWhatWasToldWithoutThat() {
    DebateMap map =
        analyze("Ivo Brandt was unconvinced. He told reporters the auditing proposal would favour"
            + " large shipping firms that can afford lengthy reviews.");
    assertThat(indirectTexts(map))
        .containsExactly("the auditing proposal would favour large shipping firms that can afford"
            + " lengthy reviews");
  }

  @Test
  void quotationInTheSpeakersNextActLeavesTheContentBeforeIt() {
    DebateMap map =
        analyze("Tomas Reyes said the ferry levy would hurt small bakers and called it \"a tax on"
            + " breakfast.\"");
    assertThat(indirectTexts(map)).containsExactly("the ferry levy would hurt small bakers");
  }

  @Test
  void questionPutToTheSubjectIsAClaimWithoutASpeakerButARequestIsNot() {
    DebateMap map =
        analyze(
            "Asked whether he would back the river tunnel, Dorian Pell said the cost was too"
                + " high.\n\n"
                + "Asked to comment, Ilse Varga said the audit was fair.");
    assertThat(indirectTexts(map))
        .containsExactly(
            "whether he would back the river tunnel", "the cost was too high",
            "the audit was fair");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "whether he would")).isNull();
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the cost")).isEqualTo("Dorian Pell");
  }

  @Test
  void institutionsHopeAndTakeUpTopicsAsPeopleDoButAThingHopesNothing() {
    DebateMap map =
        analyze(
            "The Halden Workers Union hopes to block the merger before the vote.\n\n"
                + "The new report focuses on the cost of the river tunnel.\n\n"
                + "The shipping trade hopes that calmer seas will bring back the ferries.");
    assertThat(indirectTexts(map))
        .containsExactly("block the merger before the vote", "the cost of the river tunnel");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "block")).isEqualTo("Halden Workers Union");
  }

  @Test
  void questionPutToTheSubjectCountsWhereTheParseMisplacesTheParticiple() {
    DebateMap map = analyze("Asked if she was ever scared, Orrin Tasker laughed.");
    assertThat(indirectTexts(map)).containsExactly("if she was ever scared");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "if she was")).isNull();
  }

  @Test
  void questionAskedInThePastByAnUnnamedSubjectIsAClaimWithoutASpeaker() {
    DebateMap map = analyze("A reporter asked Orrin Tasker how he was feeling on polling day.");
    assertThat(indirectTexts(map)).containsExactly("how he was feeling on polling day");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "how he was")).isNull();
  }

  @Test
  void questionThatOpensAnAnswerAfterAColonOnlyIntroducesIt() {
    DebateMap map =
        analyze(
            "Asked whether the tunnel was worth its cost, Dorian Pell answered at length:\n\n"
                + "\"It will pay for itself within a decade, and the ferries cannot.\"");
    assertThat(indirectTexts(map)).isEmpty();
  }

  @Test
  void oppositionThatNoOneNamedHoldsIsStillReported() {
    DebateMap map = analyze("Opposition to the new fare plan has grown across the valley.");
    assertThat(indirectTexts(map)).containsExactly("the new fare plan");
  }

  @Test
  void challengingAndBeingEagerTakeAStand() {
    DebateMap map =
        analyze(
            "Senator Ada Okafor challenged the ruling on the river permits.\n\n"
                + "Governor Tomas Brenn is eager to sign the water bill.");
    assertThat(indirectTexts(map))
        .containsExactly("the ruling on the river permits", "sign the water bill");
  }

  @Test
  void aCueWithAThatClauseOfItsOwnReportsNoClauseBeforeIt() {
    // The parser may take the words before "-ups" for a clause that the cue hangs from.
    DebateMap map =
        analyze(
            "The founder of one of Norland's fastest-growing AI start-ups has warned that a"
                + " proposed licensing regime would hurt small firms.");
    assertThat(indirectTexts(map))
        .containsExactly("a proposed licensing regime would hurt small firms");
  }

  @Test
  void makingItClearReportsTheClauseAfterTheAdjective() {
    DebateMap map =
        analyze("Ilse Varga made it clear that ferries had to keep running.\n\n"
            + "The mayor, Tomas Brandt, made clear on Sunday that the ferry toll would stay.");
    assertThat(indirectTexts(map))
        .containsExactly("ferries had to keep running", "the ferry toll would stay");
    assertThat(speakerOf(map, "ferries had")).isEqualTo("Ilse Varga");
    assertThat(speakerOf(map, "the ferry toll")).isEqualTo("Tomas Brandt");
  }

  @Test
  void cueClosingItsSentenceReportsAllBeforeItsComma() {
    DebateMap map =
        analyze("After nearly a decade on the council as an independent, Brandt plans to stay a"
            + " Liberal and would have joined sooner if the town had party lists, Okafor said.");
    assertThat(indirectTexts(map))
        .containsExactly("After nearly a decade on the council as an independent, Brandt plans to"
            + " stay a Liberal and would have joined sooner if the town had party lists");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "After nearly a decade")).isEqualTo("Okafor");
  }

  @Test
  void cueClosingItsSentenceKeepsItsContentFromAVerbWhoseContentRanOnOverIt() {
    DebateMap map =
        analyze("Last spring, Mr. Halvorsen sought to revive the ferry contract, worth a rumoured"
            + " $3 million, after he was dismissed from the harbour board, the Courier recently"
            + " reported.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Last spring, Mr. Halvorsen sought"))
        .isEqualTo("Courier");
  }

  @Test
  void possessiveBeforeAStandNounPointsBackToItsClausesSubject() {
    // "her" cannot go to the name last given, nor to the husband the surname also names.
    DebateMap map =
        analyze("Ada Berg, whose husband, Tomas Berg, ran the harbour for years, spoke to a radio"
            + " host on Thursday.\n\nBerg, who had heard Kim Marek speak at the forum, stated"
            + " her belief that the mayor owed nobody an apology.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the mayor owed")).endsWith("Berg");
  }

  @Test
  void theirBeforeAStandNounPointsBackToTheGroupThatIsTheSubject() {
    DebateMap map =
        analyze("Even the harbour growers were harsh in their criticism of Ivo Marek.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Ivo Marek")).contains("harbour growers");
  }

  @Test
  void pronounOpeningAFrontedClausePointsAheadToTheMainSubject() {
    DebateMap map =
        analyze("Tomas Berg opened the hearing on Monday.\n\nWhile he accused the harbour board"
            + " of losing two ferries, Ivo Marek would not say whether the toll should go.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the harbour board")).isEqualTo("Ivo Marek");
  }

  @Test
  void titleBeforeTheNameOfAReportedSpeakerIsNoSpeakerOfItsOwn() {
    // A stretch in doubled apostrophes is reported speech; the parse may make the first word of
    // the title the inverted cue's subject.
    DebateMap map =
        analyze("Ruiz spoke in Marrow.\n\n''He does not know the valley,'' said State Senator"
            + " Ana Ruiz, Democrat of Ostland.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "He does not know")).isEqualTo("Ana Ruiz");
  }

  private static List<String> indirectTexts(DebateMap map) {
    return map.claims().stream()
        .filter(c -> c.kind() == ClaimKind.INDIRECT)
        .map(Claim::text)
        .toList();
  }
}
