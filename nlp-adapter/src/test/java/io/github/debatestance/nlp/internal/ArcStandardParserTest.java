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
    parser = ArcStandardParser.loadDefault();
  }

  private static List<CoreMap> tagged(String text) {
    CoreDocument document = new CoreDocument(text);
    DocumentAnnotator.shared().tag(document);
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
        tagged("\"We are keeping the weights private,\" the chief executive told reporters on Friday.")
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
  void readsTheBinaryCopyTheBuildWrote() {
    assertThat(ArcStandardParser.class.getClassLoader().getResource(ArcStandardParser.DEFAULT_TABLE))
        .as("the build's copy of the parser model, which the parse tests above read")
        .isNotNull();
  }

  @Test
  void readsItsOwnBinaryCopyAsItReadsTheText(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("tiny.txt");
    Files.writeString(text, tinyModel());
    Path binary = dir.resolve("tiny.bin");
    ArcStandardParser.writeBinary(text.toString(), binary);

    CoreMap sentence = tagged("Ministers said the plan would fail.").get(0);
    assertThat(arcs(ArcStandardParser.load(binary.toString()).parse(sentence)))
        .isEqualTo(arcs(ArcStandardParser.load(text.toString()).parse(sentence)));
  }

  @Test
  void refusesADamagedBinaryCopy(@TempDir Path dir) throws IOException {
    Path binary = dir.resolve("damaged.bin");
    Files.write(binary, new byte[] {0x44, 0x53, 0x44, 0x50, 0, 0, 0, 9});

    assertThatThrownBy(() -> ArcStandardParser.load(binary.toString()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("damaged.bin is not a binary parser model of version 1");
  }

  /**
   * A model of the real shape with few words and made-up weights: three words and three tags
   * beside the special ones, two labels beside -NULL-, and 48 positions.
   */
  private static String tinyModel() {
    String[] words = {"-UNKNOWN-", "-NULL-", "-ROOT-", "said", "plan", "the"};
    String[] tags = {"-UNKNOWN-", "-NULL-", "-ROOT-", "VBD", "NN", "DT"};
    String[] labels = {"-NULL-", "root", "nsubj"};
    int e = 2;
    int hidden = 3;
    StringBuilder model = new StringBuilder();
    model.append("dict=6\npos=6\nlabel=3\nembeddingSize=2\nhiddenSize=3\nnumTokens=48\n");
    model.append("preComputed=2\n");
    java.util.Random random = new java.util.Random(7);
    for (String[] names : List.of(words, tags, labels)) {
      for (String name : names) {
        model.append(name).append(numbers(random, e)).append('\n');
      }
    }
    for (int r = 0; r < 48 * e; r++) {
      model.append(numbers(random, hidden).substring(1)).append('\n');
    }
    model.append(numbers(random, hidden).substring(1)).append('\n');
    for (int r = 0; r < hidden; r++) {
      model.append(numbers(random, 2 * labels.length - 1).substring(1)).append('\n');
    }
    model.append("3 7\n");
    return model.toString();
  }

  private static String numbers(java.util.Random random, int count) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < count; i++) {
      line.append(String.format(java.util.Locale.ROOT, " %.4f", random.nextDouble() - 0.5));
    }
    return line.toString();
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
