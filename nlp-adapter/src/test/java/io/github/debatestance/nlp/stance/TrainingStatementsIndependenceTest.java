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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The development corpus measures how the stance model generalises, so the built-in training
 * statements must not borrow its wording: no statement shares a run of six words with any
 * development article. Shorter runs are allowed, because they are mostly stock phrases ("declined
 * to comment on the"). The corpus is read at run time; the test is skipped without it.
 */
class TrainingStatementsIndependenceTest {

  @Test
  void noTrainingStatementSharesSixWordsInARowWithTheDevelopmentCorpus() throws IOException {
    Path dev = SharedCorpus.folder("dev");
    Set<List<String>> corpusRuns = new HashSet<>();
    try (Stream<Path> files = Files.list(dev)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        corpusRuns.addAll(WordRuns.of(Files.readString(file, UTF_8)));
      }
    }

    List<String> echoes = new ArrayList<>();
    for (LabelledStatement s : DebateDefinition.openSourceAi().trainingStatements()) {
      for (List<String> run : WordRuns.of(s.text())) {
        if (corpusRuns.contains(run)) {
          echoes.add(String.join(" ", run) + "  <-  " + s.text());
          break;
        }
      }
    }

    assertThat(corpusRuns).isNotEmpty();
    assertThat(echoes).as("training statements that echo the development corpus").isEmpty();
  }
}
