package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordVectorsTest {

  @Test
  void vectorsAreScaledToUnitLengthAndLookedUpInLowerCase() {
    WordVectors vectors = WordVectors.of(Map.of("Open", new float[] {3, 4}));

    assertThat(vectors.get("open")).containsExactly(new float[] {0.6f, 0.8f}, offset(1e-6f));
    assertThat(vectors.get("closed")).isNull();
    assertThat(vectors.dimension()).isEqualTo(2);
  }

  @Test
  void zeroVectorsAreLeftOut() {
    WordVectors vectors =
        WordVectors.of(Map.of("nothing", new float[] {0, 0}, "something", new float[] {1, 0}));

    assertThat(vectors.size()).isEqualTo(1);
    assertThat(vectors.get("nothing")).isNull();
  }

  @Test
  void vectorsOfDifferentLengthsAreRefused() {
    java.util.Map<String, float[]> mixed = new java.util.TreeMap<>();
    mixed.put("a", new float[] {1, 0});
    mixed.put("b", new float[] {1, 0, 0});

    assertThatThrownBy(() -> WordVectors.of(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vectors must have the same length: expected=2, 'b' has 3");
  }

  @Test
  void noVectorsHaveNoDimension() {
    assertThat(WordVectors.none().dimension()).isZero();
    assertThat(WordVectors.of(Map.of()).dimension()).isZero();
  }

  @Test
  void coreNlpVectorsPlaceRelatedWordsCloserThanUnrelatedOnes() {
    WordVectors vectors = WordVectors.coreNlp();

    assertThat(vectors.dimension()).isEqualTo(50);
    assertThat(vectors.size()).isGreaterThan(50_000);
    assertThat(cosine(vectors, "monopoly", "duopoly"))
        .isGreaterThan(cosine(vectors, "monopoly", "weather") + 0.3);
    assertThat(cosine(vectors, "reckless", "careless"))
        .isGreaterThan(cosine(vectors, "reckless", "library") + 0.3);
  }

  private static double cosine(WordVectors vectors, String a, String b) {
    float[] x = vectors.get(a);
    float[] y = vectors.get(b);
    double dot = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
    }
    return dot;
  }
}
