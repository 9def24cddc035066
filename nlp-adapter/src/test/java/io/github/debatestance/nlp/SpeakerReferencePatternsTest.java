package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.actorNamed;
import static io.github.debatestance.nlp.ShortTexts.analyze;
import static io.github.debatestance.nlp.ShortTexts.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import org.junit.jupiter.api.Test;

/**
 * How news points back to, or ahead to, a speaker: a pronoun or a role noun that stands for an
 * actor the text has just quoted, and a role that a lead names before the person who holds it.
 * Each on a short text written for this test.
 */
class SpeakerReferencePatternsTest {

  @Test
  void pronounAfterAQuotedCompanyStandsForThatCompanyNotANameBetween() {
    DebateMap map =
        analyze(
            "Brightwater Systems released its new model, Osprey, on Thursday. According to the"
                + " firm's own benchmarks, Osprey matches the best closed systems.\n\n"
                + "\"Osprey passed every safety test we run before release,\" the company said in"
                + " a statement. It said it would share its test suite with outside auditors in"
                + " spring.");
    assertThat(speakerOf(map, "it would share")).isEqualTo("Brightwater Systems");
  }

  @Test
  void companyThatSpeaksAgainIsTheOrganisationThatSpokeBefore() {
    DebateMap map =
        analyze(
            "MILAN - Veltro AI, a three-year-old start-up that sells models to hospitals, said on"
                + " Monday it had raised $90 million in a round led by the investment group"
                + " Castellan Partners.\n\n"
                + "\"We will keep every model we train open to inspection,\" the company said in"
                + " a statement.");
    assertThat(speakerOf(map, "We will keep")).isEqualTo("Veltro AI");
  }

  @Test
  void roleThatOpensALeadIsThePersonTheNextSentenceGivesIt() {
    DebateMap map =
        analyze(
            "The chief executive of Halden Robotics has told engineers that the firm will stop"
                + " selling its largest arm to the military.\n\n"
                + "The letter, sent on Friday by chief executive Ada Brennan to about 900 staff,"
                + " says the decision is final.");
    assertThat(speakerOf(map, "the firm will stop")).isEqualTo("Ada Brennan");
  }

  @Test
  void sourceNamedByAccordingToAfterAClauseIsLeftOutOfTheClaim() {
    DebateMap map =
        analyze(
            "Senator Tomas Reyes told donors that the bill would pass by the summer, according to"
                + " two people who attended the dinner.");
    assertThat(map.claims())
        .extracting(Claim::text)
        .contains("the bill would pass by the summer");
    assertThat(speakerOf(map, "the bill would pass")).isEqualTo("Tomas Reyes");
  }

  @Test
  void reportNamedAfterAccordingToSpeaksForTheOrganisationThatMadeIt() {
    DebateMap map =
        analyze(
            "Bus use in the county grew by a fifth over the winter, according to a study from the"
                + " Halden Institute.");
    assertThat(speakerOf(map, "Bus use in the county")).isEqualTo("Halden Institute");
  }

  @Test
  void invertedCueAfterAFrontedClauseStillNamesTheSpeakerAfterIt() {
    DebateMap map =
        analyze(
            "Though donors cannot check every gift they receive, \"a string of large gifts on one"
                + " day is a warning sign,\" said election lawyer Marta Quell.");
    assertThat(speakerOf(map, "a string of large gifts")).isEqualTo("Marta Quell");
  }

  @Test
  void trailingSpeakerMayFollowAnOwnerAndATitle() {
    DebateMap map =
        analyze(
            "\"Wages have not kept up with rents in any of the last five years,\" the Corvane"
                + " Institute's senior economist Lena Forsberg said at a forum in Leeds.");
    assertThat(speakerOf(map, "Wages have not kept up")).isEqualTo("Lena Forsberg");
  }

  @Test
  void participleBeforeATitleAfterAnInvertedCueIsPartOfTheTitle() {
    DebateMap map =
        analyze(
            "\"I will not call it a mistake, so let us move on,\" said retired surgeon Tomas"
                + " Okafor, asked about his earlier remarks.");
    assertThat(speakerOf(map, "I will not call it")).isEqualTo("Tomas Okafor");
  }

  @Test
  void cueAfterARelativeClauseSpeaksForTheNameTheClauseDescribes() {
    DebateMap map =
        analyze(
            "Reyes, who also spoke at a fair in the valley on Monday, tweeted, \"Thank you Marrow!"
                + " See you in June!\"");
    assertThat(speakerOf(map, "Thank you Marrow")).isEqualTo("Reyes");
  }

  @Test
  void quotationVouchedForByAccordingToSpeaksForItsSource() {
    DebateMap map =
        analyze(
            "\u201CThe county has lost a third of its jobs since the plant closed,\u201D according"
                + " to Tomas Reyes.\n\n"
                + "According to Northgate Watch, \u201Cthe records were never produced before this"
                + " week.\u201D");
    assertThat(speakerOf(map, "The county has lost")).isEqualTo("Tomas Reyes");
    assertThat(speakerOf(map, "the records were never")).isEqualTo("Northgate Watch");
  }

  @Test
  void nameInsideATitleAfterAnInvertedCueOnlyQualifiesThePersonWhoSpeaks() {
    DebateMap map =
        analyze(
            "\"Nobody here wants a second recount,\" tweeted Reyes spokesman Tom Okafor.\n\n"
                + "\"The numbers will not change,\" said Northgate party chairman Ada Brennan.\n\n"
                + "\"I do not know what it will take,\" said Senate Minority Whip Lena Quist in an"
                + " interview.");
    assertThat(speakerOf(map, "Nobody here wants")).isEqualTo("Tom Okafor");
    assertThat(speakerOf(map, "The numbers will not")).isEqualTo("Ada Brennan");
    assertThat(speakerOf(map, "I do not know what")).isEqualTo("Lena Quist");
  }

  @Test
  void pluralRoleStandsForNoSingleActorButForTheGroup() {
    DebateMap map =
        analyze(
            "Ada Brennan, the party chair in Halden County, backed the plan.\n\n"
                + "Turnout will rise in both counties, the party chairs said on Monday.");
    assertThat(speakerOf(map, "Turnout will rise")).isEqualTo("the party chairs");
    assertThat(actorNamed(map, "the party chairs").type()).isEqualTo(ActorType.GROUP);
  }

  @Test
  void listenerAfterToldIsNeverTheSpeaker() {
    DebateMap map =
        analyze(
            "However, as Archbishop Tomas Reyes of the Halden Diocese told the Associated Press"
                + " (AP), \u201CWe have all suffered the same fate, and we will not forget it.\u201D");
    assertThat(speakerOf(map, "We have all suffered")).isEqualTo("Tomas Reyes");
  }

  @Test
  void roleBeforeANameInAppositionIsTheirsAndTheRoleNounFindsThem() {
    DebateMap map =
        analyze(
            "Corvane's chief executive, Martin Albrecht, says the company's closed approach keeps"
                + " its customers safe.\n\n"
                + "\"She is brilliant,\" the executive says of his former engineer. \"She is also"
                + " wrong.\"");
    assertThat(actorNamed(map, "Martin Albrecht").roles()).contains("Corvane's chief executive");
    assertThat(speakerOf(map, "She is brilliant")).isEqualTo("Martin Albrecht");
  }

  @Test
  void roleBeforeANameInAppositionKeepsItsPhraseWhereTheNameHangsOnItsLastNoun() {
    DebateMap map =
        analyze(
            "The head of policy at Sentinel, Aaron Feld, said the rule would slow research on"
                + " open weights.");
    assertThat(actorNamed(map, "Aaron Feld").roles()).containsExactly("head of policy at Sentinel");
  }

  @Test
  void theOrganisationAPersonIsOfIsTheirAffiliation() {
    DebateMap map =
        analyze(
            "Rosa Lindgren of the nonprofit Free Compute Alliance said the rule would slow"
                + " research. Anna Berg, of the University of Oslo, said it would not.");
    assertThat(actorNamed(map, "Rosa Lindgren").roles())
        .containsExactly("nonprofit Free Compute Alliance");
    assertThat(actorNamed(map, "Anna Berg").roles()).containsExactly("University of Oslo");
  }

  @Test
  void deputiesTreasurersAndEnvoysHoldRolesToo() {
    DebateMap map =
        analyze(
            "Halvorsen's deputy, Ines Marr, said the figures were wrong. Kofi Tetteh, the fund's"
                + " treasurer, said the audit was late.");
    assertThat(actorNamed(map, "Ines Marr").roles()).containsExactly("Halvorsen's deputy");
    assertThat(actorNamed(map, "Kofi Tetteh").roles()).containsExactly("fund's treasurer");
  }

  @Test
  void clauseAfterACommaThatOpensWithARoleNounIsNoAppositive() {
    DebateMap map =
        analyze(
            "According to a statement from the Varden Standards Board, the board was shown the"
                + " test results in May.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the board was shown"))
        .isEqualTo("Varden Standards Board");
    assertThat(actorNamed(map, "Varden Standards Board").roles()).isEmpty();
  }

  @Test
  void relativeClauseThatNamesAPostKeepsThePlaceAfterItsObject() {
    DebateMap map =
        analyze(
            "Mira Tal, who leads the standards unit at the Commission, said open weights make"
                + " audits easier.");
    assertThat(actorNamed(map, "Mira Tal").roles())
        .containsExactly("head of the standards unit at the Commission");
  }

  @Test
  void nounThatEndsAnOrganisationNameNamedBeforePointsBackToItWhereNoLexiconListsIt() {
    DebateMap map =
        analyze(
            "The Heron Coalition has published a new model with open weights this week.\n\n"
                + "According to the coalition, the weights will let independent auditors find"
                + " flaws faster.\n\n"
                + "The coalition said the licence would stay free for schools.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the weights will let"))
        .isEqualTo("Heron Coalition");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the licence would stay"))
        .isEqualTo("Heron Coalition");
  }

  @Test
  void nameTheTextShortensToItsLastWordIsAnOrganisationsWhereNerMissedIt() {
    DebateMap map =
        analyze(
            "The Osprey Collective has published a new model with open weights this week.\n\n"
                + "According to the collective, the weights will let independent auditors find"
                + " flaws faster.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the weights will let"))
        .isEqualTo("Osprey Collective");
    assertThat(actorNamed(map, "Osprey Collective").type()).isEqualTo(ActorType.ORGANIZATION);
  }

  @Test
  void nationalityAdjectiveThatOpensAnOrganisationNameBelongsToIt() {
    DebateMap map =
        analyze(
            "The Norwegian Council on Digital Safety said on Monday that the new models pose a"
                + " risk to elections.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the new models pose"))
        .isEqualTo("Norwegian Council on Digital Safety");
  }

  @Test
  void roleInAppositionEndsWhereARelativeClauseSaysWhatTheyDid() {
    DebateMap map =
        analyze(
            "\"Closed systems ask us to take their word for it,\" said Margit Lindholm, a Danish"
                + " member of the European Parliament who has pushed for an exemption for open"
                + " models.");
    assertThat(actorNamed(map, "Margit Lindholm").roles())
        .containsExactly("Danish member of the European Parliament");
  }

  @Test
  void relativeClauseThatNamesAPostGivesARoleAndKeepsAnotherRoleNounOffThem() {
    DebateMap map =
        analyze(
            "Ruth Okonkwo, who chairs the lab's safety board, defended the release on Monday."
                + " Ilse Brandt, who led the standards agency until May, said the rules were"
                + " overdue. Teodor Vasko, who founded Quillon Labs, called it premature.\n\n"
                + "Asked about the timing, the minister said the government had not decided.");
    assertThat(actorNamed(map, "Ruth Okonkwo").roles())
        .containsExactly("chair of the lab's safety board");
    // A past tense names a post no longer held, except where the verb names a lasting one.
    assertThat(actorNamed(map, "Ilse Brandt").roles())
        .containsExactly("former head of the standards agency");
    assertThat(actorNamed(map, "Teodor Vasko").roles()).containsExactly("founder of Quillon Labs");
    // The minister is none of the three: the claim has no speaker rather than a guessed one.
    assertThat(speakerOf(map, "the government had not decided")).isNull();
  }

  @Test
  void pronounSkipsAShortNameWhoseFullerNameIsAnOrganisation() {
    DebateMap map =
        analyze(
            "Nadia Okonkwo-Hale does not look like a radical. The 34-year-old engineer, who spent"
                + " five years building safety filters at Corvane AI, now runs a two-person lab"
                + " in Leeds that publishes every model it trains.\n\n"
                + "Her former boss disagrees. Corvane's chief executive, Martin Albrecht, says the"
                + " company's closed approach is what keeps its customers safe. \"We can watch"
                + " how our models are used and switch them off,\" he says.\n\n"
                + "The engineer is unmoved. She argues that closed labs mostly protect their"
                + " margins.");
    assertThat(speakerOf(map, "closed labs mostly")).isEqualTo("Nadia Okonkwo-Hale");
  }

  @Test
  void roleNounFindsTheNameWhoseAbbreviatedTitleItSpellsOut() {
    DebateMap map =
        analyze("Sen. Tomas Reyes said the ferry levy was too low. Marta Quell, a lawyer, said the"
            + " harbour bill would pass.\n\nThe senator said the county would raise its fares.");
    assertThat(speakerOf(map, "the county would raise")).isEqualTo("Tomas Reyes");
  }

  @Test
  void roleIsNotThePersonJustNamedWhenTheTextGaveThemAnotherRole() {
    DebateMap map =
        analyze("Marta Quell, a lawyer, said the ferry levy was too low.\n\n"
            + "The senator said the harbour bill would pass.");
    assertThat(speakerOf(map, "the harbour bill would pass")).isNull();
  }

  @Test
  void roleNounAfterTheRolesPrepositionIsNotThePersonWhoHoldsTheRole() {
    DebateMap map =
        analyze("Ivo Marek, a spokesman for the governor, said the ferry levy was too low.\n\n"
            + "The governor said the harbour bill would pass.");
    assertThat(actorNamed(map, "Ivo Marek").roles()).containsExactly("spokesman for the governor");
    // The governor is whom Marek speaks for, not Marek.
    assertThat(speakerOf(map, "the harbour bill would pass")).isNotEqualTo("Ivo Marek");
  }

  @Test
  void roleUsedBeforeAPersonWasNamedIsSomeoneElse() {
    DebateMap map =
        analyze("The mayor said the ferry levy was too low. Marta Quell said the harbour bill would"
            + " pass.\n\nThe mayor also said the county would raise its fares.");
    assertThat(speakerOf(map, "the county would raise")).isNull();
  }

  @Test
  void organisationNameJoinedByForIsOneNameWhereNerTagsNoneOfIt() {
    DebateMap map =
        analyze("According to a study by the Centre for Model Risk, night ferries should carry two"
            + " pilots.");
    assertThat(speakerOf(map, "night ferries should carry")).isEqualTo("Centre for Model Risk");
  }

  @Test
  void pronounPointsBackToTheMainClauseSubjectOfTheSentenceBefore() {
    DebateMap map =
        analyze("Harbour spokesman Ivo Marek insisted on Friday that his board would show the voters"
            + " that Tomas Reyes had \u201ca plan worth every penny,\u201d he said.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "a plan worth")).isEqualTo("Ivo Marek");
  }
}
