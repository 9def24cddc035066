package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerTurnsTest {

  private final SpeakerTurns turns =
      new SpeakerTurns(
          Lexicon.load("/io/github/debatestance/nlp/transcript-labels.tsv"),
          Lexicon.load("/io/github/debatestance/nlp/role-nouns.tsv"));
  private final QuotationFinder marks = new QuotationFinder();

  private List<Quotation> turnsOf(String text) {
    return turns.withTurns(text, marks.find(text)).stream().filter(Quotation::isTurn).toList();
  }

  private List<String> names(String text) {
    return turnsOf(text).stream().map(q -> q.speakerLabel().of(text)).toList();
  }

  private List<String> words(String text) {
    return turnsOf(text).stream().map(q -> q.content().of(text)).toList();
  }

  @Test
  void labelsInCapitalsThatComeBackOpenTurns() {
    String text =
        "OKAFOR: Weights belong in the open, where anyone can test them.\n\n"
            + "BRENNAN: Some weights should wait until the tests are done.\n\n"
            + "OKAFOR: Then publish the tests as well.";

    assertThat(names(text)).containsExactly("OKAFOR", "BRENNAN", "OKAFOR");
    assertThat(words(text))
        .containsExactly(
            "Weights belong in the open, where anyone can test them.",
            "Some weights should wait until the tests are done.",
            "Then publish the tests as well.");
  }

  @Test
  void turnSpansItsWholeParagraphOrRunsToTheNextLabelledLine() {
    String text =
        "Dr. Lena Forsberg: Open models let small labs\ncheck the work of large ones.\n"
            + "Tomas Reyes: They also let anyone strip the safeguards out.\n"
            + "Dr. Lena Forsberg: Not if the safeguards are part of the training.";

    assertThat(names(text)).containsExactly("Lena Forsberg", "Tomas Reyes", "Lena Forsberg");
    assertThat(words(text).get(0))
        .isEqualTo("Open models let small labs\ncheck the work of large ones.");
  }

  @Test
  void titleOrRoleBeforeANameIsNoPartOfIt() {
    String text =
        "SENATOR REYES: The licence regime is ready for a vote this spring.\n\n"
            + "MODERATOR (Nadia Osei): Is the industry ready for it, though?\n\n"
            + "SENATOR REYES: The industry asked for it in writing.";

    assertThat(names(text)).containsExactly("REYES", "Nadia Osei", "REYES");
  }

  @Test
  void labelThatNamesOnlyAPartIsNoTurnOfAnyone() {
    String text =
        "Q: Why did you publish the weights so early?\n\n"
            + "A: Because every month of delay helped only our competitors.\n\n"
            + "Q: Would you do it again with a larger model?";

    assertThat(turnsOf(text)).isEmpty();
  }

  @Test
  void handlesOfAThreadOpenTurnsAndRepliesNameTheirAuthor() {
    String text =
        "@ada_builds: open weights are why small startups exist at all.\n\n"
            + "@tomasz_k replying to @ada_builds: some checkpoints should stay behind an API.\n\n"
            + "@ada_builds: then say which ones and show the tests.";

    assertThat(names(text)).containsExactly("@ada_builds", "@tomasz_k", "@ada_builds");
  }

  @Test
  void quotationInsideATurnIsNestedInIt() {
    String text =
        "OKAFOR: My board told me \"never again\" after the last release went wrong.\n\n"
            + "BRENNAN: Boards say that after every release that goes wrong.\n\n"
            + "OKAFOR: This one meant it, and we changed the process.";

    List<Quotation> all = turns.withTurns(text, marks.find(text));

    assertThat(all).hasSize(3).allMatch(Quotation::isTurn);
  }

  @Test
  void namedAnswerToAQuestionMakesAnExchangeThoughNoOneSpeaksTwice() {
    String text =
        "The panel closed with one question from the floor.\n\n"
            + "Q: Should every lab publish its weights, then?\n\n"
            + "HALVERSEN: No, but every lab should publish how it decided.";

    assertThat(names(text)).containsExactly("HALVERSEN");
    assertThat(words(text)).containsExactly("No, but every lab should publish how it decided.");
  }

  @Test
  void answerLabelGivesItsTurnsToTheIntervieweeNamedBeforeTheFirstLabel() {
    String text =
        "An interview with Ruth Achterberg\n\n"
            + "Q: Will your lab publish its next model?\n\n"
            + "A: Yes, with the tests we ran on it.\n\n"
            + "Q: And the one after that?\n\n"
            + "A: That depends on what the tests show.";

    assertThat(names(text)).containsExactly("Ruth Achterberg", "Ruth Achterberg");
    assertThat(words(text))
        .containsExactly("Yes, with the tests we ran on it.", "That depends on what the tests show.");
  }

  @Test
  void namedLineAfterAStatementOfAPartIsNoExchange() {
    String text =
        "Q: The board met on Monday to discuss the release.\n\n"
            + "Update: The release went ahead later that week.";

    assertThat(turnsOf(text)).isEmpty();
  }

  @Test
  void labelledLinesThatNeverComeBackAreHeadingsNotTurns() {
    String text =
        "Lena Forsberg: a plan for open hospital models, paid for by the state.\n\n"
            + "Tomas Reyes: a licence for every model above a size limit.\n\n"
            + "Ada Brennan: a public registry of training data for all labs.";

    assertThat(turnsOf(text)).isEmpty();
  }

  @Test
  void notesListsAndScoresAreNoTurns() {
    assertThat(
            turnsOf(
                "Update: The lab replied after publication and disputed the figures.\n\n"
                    + "Update: A second reply arrived on Friday from its lawyers."))
        .isEmpty();
    assertThat(
            turnsOf(
                "Pros: faster research and more scrutiny from outside.\n\n"
                    + "Pros: lower costs for universities and hospitals."))
        .isEmpty();
    assertThat(turnsOf("REYES: 41 percent\n\nFORSBERG: 38 percent\n\nREYES: 40 percent"))
        .isEmpty();
  }

  @Test
  void lineThatQuotesItsWordsIsLeftToTheQuotationMarks() {
    String text =
        "OKAFOR: \"Weights belong in the open.\"\n\n"
            + "BRENNAN: \"Some weights should wait.\"\n\n"
            + "OKAFOR: \"Then publish the tests.\"";

    List<Quotation> all = turns.withTurns(text, marks.find(text));

    assertThat(all).hasSize(3).noneMatch(Quotation::isTurn);
  }

  @Test
  void textWithoutLabelsKeepsItsQuotationsAsTheyAre() {
    String text = "Reyes said: \"We will publish.\" Okafor agreed.";
    List<Quotation> found = marks.find(text);

    assertThat(turns.withTurns(text, found)).isEqualTo(found);
  }

  @Test
  void paragraphAboveTheSignatureOfAnEmbeddedPostIsItsAuthorsTurn() {
    String text =
        "Reyes replied within the hour.\n\n"
            + "Open weights are how small labs keep up.\nNobody else will share theirs.\n"
            + "\u2014 Tomas Reyes (@treyes) March 3, 2027\n\n"
            + "The council did not respond.";

    assertThat(names(text)).containsExactly("Tomas Reyes");
    assertThat(words(text))
        .containsExactly(
            "Open weights are how small labs keep up.\nNobody else will share theirs.");
  }

  @Test
  void quotedPostAboveASignatureIsLeftToTheQuotationMarks() {
    String text = "\"Open weights are how small labs keep up.\"\n\u2014 Tomas Reyes (@treyes)";

    assertThat(turnsOf(text)).isEmpty();
  }

  @Test
  void congressionalSpeakersInCapitalsEndTheirLabelsWithAFullStop() {
    String text =
        "The CHAIRMAN. The committee will come to order.\n\n"
            + "Mr. OKAFOR. Open weights let outside researchers find the flaws.\n\n"
            + "Ms. BRENNAN. Some capabilities cannot be recalled once published.\n\n"
            + "Mr. OKAFOR. Staged release by whom, and tested by whom?";

    assertThat(names(text)).containsExactly("OKAFOR", "BRENNAN", "OKAFOR");
  }

  @Test
  void officeBeforeItsHolderInParenthesesGivesTheHoldersName() {
    String text =
        "The Minister for Digital Affairs (Fiona Marsh): The Government will not pick winners.\n\n"
            + "Owen Pryce (Halden North) (Lab): Does the Minister accept the risk of misuse?\n\n"
            + "Fiona Marsh: I accept that there are risks, but not a ban.";

    assertThat(names(text)).containsExactly("Fiona Marsh", "Owen Pryce", "Fiona Marsh");
  }

  @Test
  void sentenceThatEndsAfterACapitalisedWordIsNoLabel() {
    assertThat(
            turnsOf(
                "Reyes left. The council stayed behind for an hour.\n\n"
                    + "Reyes left. The council stayed again the next day."))
        .isEmpty();
  }

  @Test
  void labelSetInMarkdownBoldIsALabel() {
    String text =
        "**OKAFOR:** Weights belong in the open, where anyone can test them.\n\n"
            + "**Laura Brennan**: Some weights should wait until the tests are done.\n\n"
            + "**OKAFOR:** Then publish the tests as well.";

    assertThat(names(text)).containsExactly("OKAFOR", "Laura Brennan", "OKAFOR");
    assertThat(words(text).get(0))
        .isEqualTo("Weights belong in the open, where anyone can test them.");
  }

  @Test
  void timeOfARecordingBeforeOrAfterTheLabelIsNoPartOfTheTurn() {
    String text =
        "[00:00:14] HOST (Dana Whitfield): Welcome back to a show about model weights.\n\n"
            + "[00:00:31] Ravi Anand: Publishing weights lets outsiders check the work.\n\n"
            + "01:02 - Helga Sorensen: Once they are out, nobody can take them back.\n\n"
            + "Ravi Anand (01:52): Irreversibility cuts both ways.";

    assertThat(names(text))
        .containsExactly("Dana Whitfield", "Ravi Anand", "Helga Sorensen", "Ravi Anand");
    assertThat(words(text).get(1)).isEqualTo("Publishing weights lets outsiders check the work.");
  }
}
