package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import io.github.debatestance.nlp.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArcStandardParserTest {

  private static ArcStandardParser parser;

  @BeforeAll
  static void load() {
    parser = ArcStandardParser.load(ArcStandardParser.DEFAULT_MODEL);
  }

  private static List<CoreMap> tagged(String text) {
    CoreDocument document = new CoreDocument(text);
    DocumentAnnotator.shared().annotate(document, sentence -> false);
    return document.sentences().stream().map(CoreSentence::coreMap).toList();
  }

  private static List<String> arcs(GrammaticalStructure parse) {
    return parse.typedDependencies().stream().map(TypedDependency::toString).toList();
  }

  @Test
  void findsTheSpeakerAndTheReportedClauseOfASpeechVerb() {
    CoreMap sentence =
        tagged("Marta Olsen said that open models help small laboratories.").get(0);

    assertThat(arcs(parser.parse(sentence)))
        .contains("root(ROOT-0, said-3)", "nsubj(said-3, Olsen-2)", "ccomp(said-3, help-7)",
            "nsubj(help-7, models-6)");
  }

  @Test
  void givesEveryTokenOneHeadAndTheSentenceOneRoot() {
    CoreMap sentence =
        tagged("\"We will not publish the weights,\" the chief executive told reporters on Friday.")
            .get(0);

    List<TypedDependency> dependencies = List.copyOf(parser.parse(sentence).typedDependencies());

    assertThat(dependencies).hasSize(sentence.get(
        edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size());
    assertThat(dependencies.stream().filter(d -> d.reln().getShortName().equals("root")))
        .hasSize(1);
  }

  @Test
  void parsesASentenceOfOneToken() {
    CoreMap sentence = tagged("Yes.").get(0);

    assertThat(arcs(parser.parse(sentence))).contains("root(ROOT-0, Yes-1)");
  }

  /**
   * The point of the class: CoreNLP's parses, faster. Every sentence of the dev corpus and of 20
   * real news articles, parsed by CoreNLP's own parser from the same model and by ours.
   */
  @Test
  void givesCoreNlpsParsesOnRealNews() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String corpus : new String[] {"dev", "polnear-train"}) {
      try (Stream<Path> listing = Files.list(SharedCorpus.folder(corpus))) {
        listing
            .filter(p -> p.toString().endsWith(".txt"))
            .sorted()
            .limit(corpus.equals("dev") ? Long.MAX_VALUE : 20)
            .forEach(files::add);
      }
    }
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(ArcStandardParser.DEFAULT_MODEL);
    int sentences = 0;
    int same = 0;
    for (Path file : files) {
      for (CoreMap sentence : tagged(Files.readString(file))) {
        sentences++;
        if (arcs(coreNlp.predict(sentence)).equals(arcs(parser.parse(sentence)))) {
          same++;
        }
      }
    }

    assertThat(sentences).isGreaterThan(500);
    // Our sums run in single precision and CoreNLP's in double, so a near tie between two
    // transitions could in principle go the other way; on this text none has.
    assertThat(same).isEqualTo(sentences);
  }

  @Test
  void saysWhichLineOfAModelIsShort(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("short.txt");
    Files.writeString(
        model,
        "dict=3\npos=3\nlabel=2\nembeddingSize=2\nhiddenSize=2\nnumTokens=48\npreComputed=0\n"
            + "-UNKNOWN- 0.1 0.2\n-NULL- 0.3\n");

    assertThatThrownBy(() -> ArcStandardParser.load(model.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 9 has 1 numbers, expected 2");
  }

  @Test
  void saysWhichFileItCouldNotRead() {
    assertThatThrownBy(() -> ArcStandardParser.load("no/such/parser-model.gz"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("no/such/parser-model.gz");
  }

  @Test
  void refusesAFileThatIsNotAParserModel(@TempDir Path dir) throws IOException {
    Path notAModel = dir.resolve("model.txt");
    Files.writeString(notAModel, "vocabulary=12\nhello 0.1 0.2\n");

    assertThatThrownBy(() -> ArcStandardParser.load(notAModel.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a dependency parser model")
        .hasMessageContaining("dict=");
  }
}
