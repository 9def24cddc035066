package io.github.debatestance.nlp.stance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.nlp.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The development corpus measures how the stance model generalises, so the built-in training
 * statements must not borrow its wording: no statement shares a run of six words with any
 * development article. Shorter runs are allowed, because they are mostly stock phrases ("declined
 * to comment on the"). The corpus is read at run time; the test is skipped without it.
 */
class TrainingStatementsIndependenceTest {

  private static final int RUN = 6;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

  @Test
  void noTrainingStatementSharesSixWordsInARowWithTheDevelopmentCorpus() throws IOException {
    Path dev = SharedCorpus.folder("dev");
    Set<List<String>> corpusRuns = new HashSet<>();
    try (Stream<Path> files = Files.list(dev)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        corpusRuns.addAll(runs(words(Files.readString(file, UTF_8))));
      }
    }

    List<String> echoes = new ArrayList<>();
    for (LabelledStatement s : DebateDefinition.openSourceAi().trainingStatements()) {
      for (List<String> run : runs(words(s.text()))) {
        if (corpusRuns.contains(run)) {
          echoes.add(String.join(" ", run) + "  <-  " + s.text());
          break;
        }
      }
    }

    assertThat(corpusRuns).isNotEmpty();
    assertThat(echoes).as("training statements that echo the development corpus").isEmpty();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static List<List<String>> runs(List<String> words) {
    List<List<String>> runs = new ArrayList<>();
    for (int i = 0; i + RUN <= words.size(); i++) {
      runs.add(List.copyOf(words.subList(i, i + RUN)));
    }
    return runs;
  }
}
