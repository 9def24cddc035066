package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts that break other quotation tools; each gives a map that keeps the contract. */
class AwkwardInputTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"",
        "\u201C",
        "\u201D\u201D\u201D",
        "\" \" \" \"",
        "\u201CUnclosed at the very end",
        "He said \u201Cone\u201D two\u201D three \u201Cfour",
        "\u2019Tis the season, Brennan said, 'and it's the developers' turn.",
        "\u201E\u00AB\u2018\u2019\u00BB\u201C\u201D\"''``",
        "\n\n\n\n",
        "\u0000\u0001\u001B[31m red \u0007",
        "\uD800 lone \uDC00 surrogates \uD83D",
        "\u5F00\u6E90\u3002\u300C\u5F15\u7528\u300D\u5979\u8BF4\u3002",
        "\u0642\u0627\u0644 \u00AB\u0627\u0644\u0646\u0645\u0627\u0630\u062C \u0645\u0641\u062A\u0648\u062D\u0629\u00BB.",
        "\uD83D\uDE00\uD83D\uDE00 \u201C\uD83D\uDE00 emoji only \uD83D\uDE00\u201D she said \uD83D\uDC4D",
        "<p>&ldquo;Markup</p><p>everywhere,&rdquo; <b>Reyes</b> said.</p>",
        "\u201CA\u201D",
        "\"\n\"\n\"",
        "Ada Brennan said: \u201C\u201D",
        "Reyes said that ''",
      })
  void awkwardTextGivesAValidMap(String text) {
    DebateMap map = SharedAnalyzer.get().analyze(new Document("awkward", text));

    MapContract.check("awkward", text, map);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 3000})
  void runOnSentenceThatNestsClauseInClauseGivesAValidMap(int clauses) {
    // "he said that she said that ...": every clause hangs from the one before, so the parse is as
    // deep as the sentence is long.
    String text = "Reyes argued that " + "the lab said that ".repeat(clauses) + "it was fine";
    // This checks that a parse this deep gives a valid map, not how fast: on a busy machine the
    // default time budget can run out first, which LimitsTest covers.
    CoreNlpDebateAnalyzer patient =
        CoreNlpDebateAnalyzer.builder().timeBudget(Duration.ofMinutes(15)).build();

    DebateMap map = patient.analyze(new Document("run-on", text));

    MapContract.check("run-on", text, map);
  }
}
