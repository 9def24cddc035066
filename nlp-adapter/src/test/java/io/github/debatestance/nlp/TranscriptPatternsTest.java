package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.analyze;
import static io.github.debatestance.nlp.ShortTexts.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Texts that are conversations rather than reports: transcripts whose speakers are labels, and
 * threads of posts under their authors' handles. Each on a short text written for this test.
 */
class TranscriptPatternsTest {

  /** The speaker's name of each claim in order, null for a claim with no speaker. */
  private static List<String> speakers(DebateMap map) {
    return map.claims().stream()
        .map(c -> c.speaker() == null ? null : c.speaker().name())
        .toList();
  }

  @Test
  void labelledTurnsAreTheirSpeakersWordsAndCapitalsJoinTheNameTheTextGives() {
    DebateMap map =
        analyze(
            "Panel on open models, Halden, 12 May\n\n"
                + "MODERATOR (Nadia Osei): Let me start with you, Dr. Okafor. Should labs"
                + " publish their weights?\n\n"
                + "OKAFOR: Yes, and soon. Nobody can audit a model they cannot download.\n\n"
                + "BRENNAN: Once weights are out, they are out for good. We stage our releases.\n\n"
                + "OKAFOR: Staged by the same company that sells the product.");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "Let me start")).isEqualTo("Nadia Osei");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Yes, and soon")).isEqualTo("Okafor");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Once weights are out")).isEqualTo("Brennan");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Staged by the same")).isEqualTo("Okafor");
    assertThat(map.actors()).extracting(Actor::name).doesNotHaveDuplicates();
  }

  @Test
  void aLabelJoinsTheFullNameThatOnlyTheTalkGives() {
    DebateMap map =
        analyze(
            "HOST: My guest today is Omar Haddad, who runs the model team at Cobalt. Why release"
                + " the weights at all?\n\n"
                + "HADDAD: Because a model nobody outside can inspect is a model nobody can"
                + " trust.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Because a model")).isEqualTo("Omar Haddad");
  }

  @Test
  void speechATurnReportsInTheFirstPersonIsItsSpeakersOwnClaim() {
    DebateMap map =
        analyze(
            "Hearing of the committee on technology, morning session.\n\n"
                + "SENATOR VALE: Doctor, what is your view of shared models?\n\n"
                + "DR. OKONJO: I told the committee that shared weights help auditors. They let"
                + " outside experts test the systems.\n\n"
                + "SENATOR VALE: And the risks of misuse?\n\n"
                + "DR. OKONJO: We argued in our report that the risks are small.");

    assertThat(speakerOf(map, ClaimKind.INDIRECT, "shared weights help auditors"))
        .isEqualTo("Okonjo");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the risks are small")).isEqualTo("Okonjo");
    // The turn stays its speaker's quotation as well.
    assertThat(speakerOf(map, ClaimKind.DIRECT, "I told the committee")).isEqualTo("Okonjo");
  }

  @Test
  void namedSpeakerAnsweringAnothersQuestionMakesAnExchange() {
    DebateMap map =
        analyze(
            "Hearing of the committee on technology, morning session.\n\n"
                + "SENATOR VALE: Doctor, what is your view of shared models?\n\n"
                + "DR. OKONJO: I told the committee that shared weights help auditors. They let"
                + " outside experts test the systems.");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "Doctor, what is")).isEqualTo("Vale");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "I told the committee")).isEqualTo("Okonjo");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "shared weights help auditors"))
        .isEqualTo("Okonjo");
  }

  @Test
  void postsOfAThreadBelongToTheirHandles() {
    DebateMap map =
        analyze(
            "@ada_builds: open weights are the only reason small startups like mine exist.\n\n"
                + "@tomasz_k replying to @ada_builds: some checkpoints should stay behind an API"
                + " until we understand them.\n\n"
                + "@ada_builds: we understand them better when thousands of people study them.");

    assertThat(speakers(map)).containsExactly("@ada_builds", "@tomasz_k", "@ada_builds");
  }

  @Test
  void answersUnderAPartLabelAreReadAsTheArticlesOwnText() {
    DebateMap map =
        analyze(
            "Q: Why did you publish the weights so early?\n\n"
                + "A: The board decided that every month of delay helped only our rivals.\n\n"
                + "Q: Would you do it again?\n\n"
                + "A: Our lawyers warned that a second release would draw a lawsuit.");

    assertThat(map.claims()).extracting(Claim::kind).containsOnly(ClaimKind.INDIRECT);
    assertThat(map.claims())
        .extracting(Claim::text)
        .contains("a second release would draw a lawsuit");
  }

  @Test
  void postsPastedWithTheirEmbedSignatureBelongToTheirAuthors() {
    DebateMap map =
        analyze(
            "Tomas Reyes answered the council within the hour.\n\n"
                + "Open weights are how small labs keep up with the large ones.\n"
                + "\u2014 Tomas Reyes (@treyes) March 3, 2027\n\n"
                + "\"Nobody should download a model that no one has tested.\"\n"
                + "\u2014 Laura Brennan (@lbrennan) March 3, 2027");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open weights are how")).isEqualTo("Tomas Reyes");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody should download"))
        .isEqualTo("Laura Brennan");
  }

  @Test
  void hearingAndDebateRecordsGiveEachTurnToItsMember() {
    DebateMap hearing =
        analyze(
            "The CHAIRMAN. The committee will come to order for the second panel.\n\n"
                + "Mr. OKAFOR. Open weights let outside researchers find the flaws first.\n\n"
                + "Ms. BRENNAN. Some capabilities cannot be recalled once they are published.\n\n"
                + "Mr. OKAFOR. Staged release by whom, and tested by whom?");
    DebateMap debate =
        analyze(
            "The Minister for Digital Affairs (Fiona Marsh): The Government will not pick"
                + " winners between open and closed developers.\n\n"
                + "Owen Pryce (Halden North) (Lab): Does the Minister accept that publishing the"
                + " weights is an invitation to misuse?\n\n"
                + "Fiona Marsh: I accept that there are risks, but not a ban on publication.");

    assertThat(speakers(hearing)).containsExactly("Okafor", "Brennan", "Okafor");
    assertThat(speakers(debate)).containsExactly("Fiona Marsh", "Owen Pryce", "Fiona Marsh");
  }

  @Test
  void answersUnderAnAnswerLabelAreTheWordsOfTheIntervieweeNamedBefore() {
    DebateMap map =
        analyze(
            "Three questions for Oskar Lindgren\n\n"
                + "We spoke with Oskar Lindgren, who leads the evaluation group at Brackwater"
                + " Labs, after the vote.\n\n"
                + "Q: Should the largest models be published at all?\n\n"
                + "A: Not before outside testers have had a month with them.\n\n"
                + "Q: Is a month enough?\n\n"
                + "A: It is a start, and it is more than anyone gets today.");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "Not before")).isEqualTo("Oskar Lindgren");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "It is a start")).isEqualTo("Oskar Lindgren");
    // The questions are the interviewer's, whom the text does not name.
    assertThat(map.claims()).noneMatch(c -> c.text().startsWith("Should the largest"));
  }

  @Test
  void answersUnderQuestionsInBoldAreTheNamedIntervieweesWords() {
    DebateMap map =
        analyze(
            "# An interview with Solveig Arnesen\n\n"
                + "*Solveig Arnesen runs the safety team at Fjordline Labs.*\n\n"
                + "**Should every model be open?**\n\n"
                + "Most should be, but the most capable ones need outside testing first.\n\n"
                + "**Critics call that a business decision.**\n\n"
                + "Once weights are public there is no recall, and that is a safety problem.\n\n"
                + "**What would change your mind?**\n\n"
                + "Evidence that open release does not raise misuse.");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "Most should be")).isEqualTo("Solveig Arnesen");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Once weights")).isEqualTo("Solveig Arnesen");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Evidence that")).isEqualTo("Solveig Arnesen");
    // The prompt in bold is the interviewer's: what it reports is the critics', not the
    // interviewee's.
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "that a business decision"))
        .isEqualTo("Critics");
  }

  @Test
  void boldHeadingsWithoutANamedIntervieweeMakeNoAnswers() {
    DebateMap map =
        analyze(
            "The lab published its weights on Monday.\n\n"
                + "**What happened?**\n\n"
                + "The files went up at noon and were copied within minutes.\n\n"
                + "**What happens next?**\n\n"
                + "Regulators meet on Friday to discuss the release.");

    assertThat(map.claims()).noneMatch(c -> c.kind() == ClaimKind.DIRECT);
  }
  @Test
  void parliamentaryLabelsWithSurnamesInCapitalsAndCourtesyTitlesNameOnePersonEach() {
    DebateMap map =
        analyze(
            "Select Committee on Digital Affairs\n"
                + "Minutes of evidence, 14 April\n\n"
                + "THE CHAIR (Mrs Petra SOLHEIM, Member for Eastmarsh): We turn now to the release"
                + " of model weights.\n\n"
                + "Dr Anton KELLERMANN (Northfield University): Public weights are how our students"
                + " learn to test these systems.\n\n"
                + "Mrs SOLHEIM (Member for Eastmarsh): Would you say the same of the largest"
                + " models?\n\n"
                + "Dr KELLERMANN: I would, because secrecy has never made software safer.");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "We turn now")).isEqualTo("Petra Solheim");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Would you say")).isEqualTo("Petra Solheim");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Public weights")).isEqualTo("Anton Kellermann");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "I would")).isEqualTo("Anton Kellermann");
    assertThat(map.actors()).extracting(Actor::name).doesNotHaveDuplicates();
    assertThat(map.claims()).noneMatch(c -> c.text().contains("Minutes of evidence"));
  }

  @Test
  void aSurnameAloneLabelsTurnsOnceTheTextHasNamedThePersonAndNotesInBracketsAreLeftOut() {
    DebateMap map =
        analyze(
            "A conversation with Ines Valdivia, who founded the Pumori lab, through an"
                + " interpreter.\n\n"
                + "Valdivia: Our models are public because the research was paid for by the"
                + " public. [The interpreter adds that she said this twice.] Nobody should have to"
                + " ask permission to study them.\n\n"
                + "Valdivia: [Laughs.] The closed labs want a moat and call it a fence.");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "Our models are public"))
        .isEqualTo("Ines Valdivia");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody should have")).isEqualTo("Ines Valdivia");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "The closed labs")).isEqualTo("Ines Valdivia");
    assertThat(map.claims())
        .noneMatch(c -> c.kind() == ClaimKind.DIRECT && c.text().contains("interpreter"))
        .noneMatch(c -> c.text().contains("Laughs"));
  }

  @Test
  void handlesWithFullStopsInsideThemLabelPosts() {
    DebateMap map =
        analyze(
            "@lena.runs.evals: closed apis tell you nothing about what the model really does\n\n"
                + "@okoro_t: some checkpoints should stay private until someone has tested them\n\n"
                + "@lena.runs.evals: then publish them to the testers, not to a sales team");

    assertThat(speakers(map))
        .containsExactly("@lena.runs.evals", "@okoro_t", "@lena.runs.evals");
  }
  @Test
  void postsOfAForumThreadBelongToTheUserOverThemAndQuotedLinesAreNotTheReplysWords() {
    DebateMap map =
        analyze(
            "Thread: do staged releases help anyone?\n\n"
                + "u/ferrous_wheel \u00B7 3h\n"
                + "Staged release mostly delays the people who would find the bugs.\n\n"
                + "    u/orla_tests \u00B7 2h\n"
                + "    > Staged release mostly delays the people who would find the bugs.\n"
                + "    Some of those people write malware, and a delay gives defenders time.\n\n"
                + "u/kemal_b \u00B7 1h\n"
                + "Both of you are describing the same trade from opposite ends.");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "Staged release mostly"))
        .isEqualTo("u/ferrous_wheel");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Some of those people")).isEqualTo("u/orla_tests");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Both of you")).isEqualTo("u/kemal_b");
    assertThat(map.claims())
        .filteredOn(c -> c.text().startsWith("Staged release mostly"))
        .hasSize(1);
  }

  @Test
  void aSocialThreadsPostsBelongToTheDisplayNameOverThemWithoutTheReplyNote() {
    DebateMap map =
        analyze(
            "Thread: reactions to the licence bill\n\n"
                + "Ilse Varga (@ilse_v) \u00B7 2h\n"
                + "Keeping weights private does not make anyone safer. Fewer people can check.\n\n"
                + "Bram Oduya @bram.o \u00B7 1h\n"
                + "Replying to @ilse_v\n"
                + "Some capabilities should stay behind an interface until testing is done.");

    assertThat(speakerOf(map, ClaimKind.DIRECT, "Keeping weights private")).isEqualTo("Ilse Varga");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Some capabilities")).isEqualTo("Bram Oduya");
    assertThat(map.claims()).noneMatch(c -> c.text().contains("Replying to"));
  }
}
