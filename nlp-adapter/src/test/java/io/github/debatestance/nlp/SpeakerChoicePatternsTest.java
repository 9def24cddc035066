package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.analyze;
import static io.github.debatestance.nlp.ShortTexts.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import org.junit.jupiter.api.Test;

/**
 * How the speaker sieves choose between the names near a quotation: which clause a cue belongs to,
 * who issued the statement a quotation comes from, and which grammar attributes words without a
 * speech verb. Each on a short text written for this test.
 */
class SpeakerChoicePatternsTest {

  @Test
  void countryThatIsTheSubjectOfACueSpeaks() {
    DebateMap map =
        analyze(
            "Norway said on Monday that it would not sign the treaty on model exports.\n\n"
                + "\"We cannot accept rules that nobody has tested,\" Norway said in a note to"
                + " the other members.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "it would not sign")).isEqualTo("Norway");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "We cannot accept")).isEqualTo("Norway");
  }

  @Test
  void quotationInAStatementSomeoneIssuedIsTheirs() {
    DebateMap map =
        analyze(
            "Northwind Labs issued a statement saying the model was \"safe enough to share with"
                + " every hospital in the country.\"\n\n"
                + "Tomas Reyes released a video that said, \"Open models will win because"
                + " everyone can check them.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "safe enough")).isEqualTo("Northwind Labs");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open models")).isEqualTo("Tomas Reyes");
  }

  @Test
  void colonAfterACoordinatedCueIntroducesThatCuesSubject() {
    DebateMap map =
        analyze(
            "The Halden Courier repeated the charge on Sunday, and Tomas Reyes replied:\n\n"
                + "\"Nothing in our code was ever hidden from anyone who asked to see it.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nothing in our code")).isEqualTo("Tomas Reyes");
  }

  @Test
  void subjectAndVerbRightAfterAQuotationAttributeItWhateverTheVerb() {
    DebateMap map =
        analyze(
            "The council met in Leeds on Tuesday.\n\n"
                + "\"Nobody in this room has read the licence,\" an irritated Laura Brennan"
                + " snapped. \"Not one of you.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody in this room")).isEqualTo("Laura Brennan");
  }

  @Test
  void cueInAClauseThatFollowsTheQuotationReportsSomethingElse() {
    DebateMap map =
        analyze(
            "Ada Okafor says she was \"sitting on the fence for weeks\" until Tomas Reyes said he"
                + " would back the bill.\n\n"
                + "Reyes said he would make the code \"open by default for every lab,\" for"
                + " example, and Laura Brennan vowed to \"audit every single release.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "sitting on the fence")).isEqualTo("Ada Okafor");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "open by default")).isEqualTo("Tomas Reyes");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "audit every")).isEqualTo("Laura Brennan");
  }

  @Test
  void quotationOpeningAParagraphGoesOnFromAnInvertedSpeakerBefore() {
    DebateMap map =
        analyze(
            "\"We will publish the weights next month,\" said the lab's founder, Ada Brennan.\n\n"
                + "\"Anyone will then be able to check what the model was trained on.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Anyone will then")).isEqualTo("Ada Brennan");
  }

  @Test
  void cueSetOffByCommasNamesTheSpeakerNotTheSubjectBeforeIt() {
    DebateMap map =
        analyze(
            "Tomas Reyes, Laura Brennan said, has been drafting rules for \"labs that no longer"
                + " exist\" and ignoring the ones that do.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "labs that no longer")).isEqualTo("Laura Brennan");
  }

  @Test
  void fragmentInAClauseWithANamedSubjectIsThatNamesNotThePreviousSpeakers() {
    DebateMap map =
        analyze(
            "\"We will not give up on the levy,\" Ada Okafor said. Tomas Reyes praised her"
                + " \"steady hand on a hard file\" but warned against delay.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "steady hand")).isEqualTo("Tomas Reyes");
  }

  @Test
  void paragraphNamingAStatementGivesTheNextQuotationToItsSubject() {
    DebateMap map =
        analyze(
            "After the vote, the Halden Institute issued a statement on its website.\n\n"
                + "\"Today the council chose secrecy over safety, and every lab will pay for"
                + " it.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Today the council")).isEqualTo("Halden Institute");
  }

  @Test
  void quotedShowAfterToldIsTheListenerAndTheCueStillAttributes() {
    DebateMap map =
        analyze(
            "\"Nobody should be surprised by the result of this vote,\" Laura Brennan told"
                + " \"Morning Report\" on Sunday.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody should be")).isEqualTo("Laura Brennan");
  }

  @Test
  void longQuotationInAClauseWithANamedSubjectAndNoCueIsThatNames() {
    DebateMap map =
        analyze(
            "The levy passed on Friday.\n\n"
                + "Tomas Reyes, in an interview, was branding the levy \"a tax on every reader of the"
                + " news.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "a tax on every")).isEqualTo("Tomas Reyes");
  }

  @Test
  void quotationUnderAParticipleAfterAClauseAboutAThingIsTheSpeakersOfTheClauseAbove() {
    DebateMap map =
        analyze(
            "Laura Brennan argued that the levy would keep small labs afloat, saying it is \"all"
                + " about survival.\"\n\n"
                + "Ada Okafor sold her scheme as a means of keeping young people here, noting that she"
                + " is \"the only candidate with a plan for the valley.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "all about survival")).isEqualTo("Laura Brennan");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "the only candidate")).isEqualTo("Ada Okafor");
  }

  @Test
  void reportedSpeechUnderAParticipleAfterACopulaClauseIsTheSubjects() {
    DebateMap map =
        analyze(
            "Ada Okafor was upfront about her doubts over the levy, the first of its kind, saying"
                + " small labs need more time to adapt.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "small labs need")).isEqualTo("Ada Okafor");
  }

  @Test
  void nameInAppositionToADescriptionThatIsNoRoleSpeaks() {
    DebateMap map =
        analyze(
            "One of the authors of the audit, Tomas Reyes, said the plan would fail within a"
                + " year.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the plan would fail")).isEqualTo("Tomas Reyes");
  }

  @Test
  void surnameWithATitleOfTheOtherGenderIsNotTheFullNameNearestBefore() {
    DebateMap map =
        analyze(
            "Ada Okafor spoke first at the hearing in Leeds.\n\n"
                + "Her husband, Tom Okafor, runs a small lab in the valley.\n\n"
                + "\"Nobody has read the licence,\" Mrs. Okafor said.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody has read")).isEqualTo("Ada Okafor");
  }

  @Test
  void nameNeverRunsOverALineBreakFromAHeadlineAboveIt() {
    DebateMap map =
        analyze(
            "The council met in Leeds on Tuesday.\n\n"
                + "Brennan Quarantine Plan\n"
                + "Ada Brennan said the plan would be dropped.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the plan would")).isEqualTo("Ada Brennan");
  }

  @Test
  void loneCapitalisedWordBetweenAQuotationAndItsCueIsTheSpeakersName() {
    DebateMap map =
        analyze(
            "The council met in Leeds on Tuesday to vote on the levy.\n\n"
                + "\"It will close every lab we have,\" Early said.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "It will close")).isEqualTo("Early");
  }

  @Test
  void quotationInACueReportedBySomeoneElseIsTheirAccount() {
    DebateMap map =
        analyze(
            "Laura Okafor said on Friday that Tomas Reyes had called the plan \"a gift to the big"
                + " labs.\"");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "a gift to")).isEqualTo("Laura Okafor");
  }
}
