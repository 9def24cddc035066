package io.github.debatestance.nlp.stance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * Word vectors that let the stance model reach words its lexicons and training statements lack: the
 * vectors of a claim's words, added up, become a few dense features, so that a claim about a
 * "duopoly" lands near one about a "monopoly".
 *
 * <p>The built-in vectors are CoreNLP's English word embeddings (50 dimensions, about 100,000
 * lower-cased words, trained on news text for coreference), from the models jar that the adapter
 * already depends on; the build copies them into a compact table ({@link VectorTable}) that loads
 * faster. Each vector is scaled to unit length.
 *
 * <p>Immutable and thread-safe.
 */
final class WordVectors {

  /** Where CoreNLP's English embeddings lie on the class path, inside its models jar. */
  static final String CORENLP_EMBEDDINGS =
      "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

  private static final WordVectors NONE = new WordVectors(Map.of(), 0);

  private final ImmutableMap<String, float[]> vectors;
  private final int dimension;

  private WordVectors(Map<String, float[]> vectors, int dimension) {
    this.vectors = ImmutableMap.copyOf(vectors);
    this.dimension = dimension;
  }

  /** No vectors: a model reads no dense features. */
  static WordVectors none() {
    return NONE;
  }

  /**
   * Vectors from a map of lower-cased words, each scaled to unit length here; zero vectors are
   * left out.
   *
   * @throws IllegalArgumentException if the vectors differ in length
   */
  static WordVectors of(Map<String, float[]> vectors) {
    requireNonNull(vectors, "vectors");
    Map<String, float[]> unit = new HashMap<>();
    int dimension = -1;
    for (Map.Entry<String, float[]> e : vectors.entrySet()) {
      float[] v = e.getValue();
      if (dimension < 0) {
        dimension = v.length;
      }
      checkArgument(
          v.length == dimension,
          "vectors must have the same length: expected=%s, '%s' has %s",
          dimension,
          e.getKey(),
          v.length);
      float[] u = unit(v);
      if (u != null) {
        unit.put(e.getKey().toLowerCase(Locale.ROOT), u);
      }
    }
    return unit.isEmpty() ? NONE : new WordVectors(unit, dimension);
  }

  /**
   * Unit vectors of lower-cased words, taken as they are: what {@link VectorTable} stored.
   *
   * @throws IllegalArgumentException if a vector's length is not {@code dimension}
   */
  static WordVectors ofUnitVectors(Map<String, float[]> unitVectors, int dimension) {
    for (Map.Entry<String, float[]> e : unitVectors.entrySet()) {
      checkArgument(
          e.getValue().length == dimension,
          "vectors must have the same length: expected=%s, '%s' has %s",
          dimension,
          e.getKey(),
          e.getValue().length);
    }
    return unitVectors.isEmpty() ? NONE : new WordVectors(unitVectors, dimension);
  }

  /**
   * CoreNLP's English embeddings, loaded once per JVM on first use: from the table the build
   * wrote beside this class (a tenth of a second), or else from CoreNLP's own file (one to two
   * seconds), which holds the same vectors.
   *
   * @throws IllegalStateException if neither can be read
   */
  static WordVectors coreNlp() {
    return CoreNlpHolder.VECTORS;
  }

  /** The lazy holder idiom: the JVM loads the vectors once, on first use, thread-safely. */
  private static final class CoreNlpHolder {
    static final WordVectors VECTORS = loadCoreNlp();
  }

  private static WordVectors loadCoreNlp() {
    try (InputStream table = WordVectors.class.getResourceAsStream(VectorTable.CORENLP_TABLE)) {
      if (table != null) {
        return VectorTable.read(table);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the word vector table " + VectorTable.CORENLP_TABLE + ": " + e, e);
    }
    return fromCoreNlpEmbeddings();
  }

  /**
   * Reads CoreNLP's embeddings from its own serialised file; the slow path, and the source of the
   * table.
   *
   * @throws IllegalStateException if the CoreNLP models jar is not on the class path
   */
  static WordVectors fromCoreNlpEmbeddings() {
    return load(CORENLP_EMBEDDINGS);
  }

  private static WordVectors load(String resource) {
    Embedding embedding;
    try {
      embedding = IOUtils.readObjectFromURLOrClasspathOrFileSystem(resource);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read the word vectors " + resource
              + " (is the CoreNLP models jar on the class path?): " + e.getMessage(),
          e);
    }
    Map<String, float[]> vectors = new HashMap<>(embedding.size() * 2);
    for (Map.Entry<String, SimpleMatrix> e : embedding.entrySet()) {
      SimpleMatrix m = e.getValue();
      float[] v = new float[m.getNumElements()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) m.get(i);
      }
      vectors.put(e.getKey(), v);
    }
    return of(vectors);
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    if (norm == 0) {
      return null;
    }
    float[] u = new float[v.length];
    double scale = 1.0 / Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] * scale);
    }
    return u;
  }

  /** The length of every vector; 0 when there are none. */
  int dimension() {
    return dimension;
  }

  /** How many words have a vector. */
  int size() {
    return vectors.size();
  }

  /** Every word and its unit vector. Callers must not modify the vectors. */
  ImmutableMap<String, float[]> asMap() {
    return vectors;
  }

  /** The unit vector of a lower-cased word, or null if it has none. Callers must not modify it. */
  float[] get(String lowerCaseWord) {
    return vectors.get(lowerCaseWord);
  }

  @Override
  public String toString() {
    return "WordVectors[" + vectors.size() + " words, " + dimension + " dimensions]";
  }
}
