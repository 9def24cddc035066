package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorTableTest {

  @Test
  void readsBackExactlyTheVectorsItWrote() throws IOException {
    WordVectors vectors =
        WordVectors.of(Map.of("open", new float[] {3, 4}, "naïve", new float[] {1, -2}));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    VectorTable.write(vectors, bytes);
    WordVectors read = VectorTable.read(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read.dimension()).isEqualTo(2);
    assertThat(read.size()).isEqualTo(2);
    assertThat(read.get("open")).containsExactly(vectors.get("open"));
    assertThat(read.get("naïve")).containsExactly(vectors.get("naïve"));
  }

  @Test
  void refusesBytesThatAreNotATable() {
    InputStream text = new ByteArrayInputStream("open 0.1 0.2\n".getBytes());

    assertThatThrownBy(() -> VectorTable.read(text))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("not a word vector table");
  }

  /** The table the build wrote holds exactly CoreNLP's vectors, so no feature changes with it. */
  @Test
  void theBuiltTableHoldsExactlyCoreNlpsVectors() throws IOException {
    WordVectors table;
    try (InputStream in = WordVectors.class.getResourceAsStream(VectorTable.CORENLP_TABLE)) {
      assertThat(in).as("the build writes %s", VectorTable.CORENLP_TABLE).isNotNull();
      table = VectorTable.read(in);
    }
    WordVectors coreNlp = WordVectors.fromCoreNlpEmbeddings();

    assertThat(table.dimension()).isEqualTo(coreNlp.dimension());
    assertThat(table.asMap().keySet()).isEqualTo(coreNlp.asMap().keySet());
    for (Map.Entry<String, float[]> e : coreNlp.asMap().entrySet()) {
      assertThat(table.get(e.getKey())).as(e.getKey()).containsExactly(e.getValue());
    }
  }
}
