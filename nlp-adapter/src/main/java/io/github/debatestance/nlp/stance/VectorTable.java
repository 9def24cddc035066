package io.github.debatestance.nlp.stance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compact binary copy of word vectors, written at build time and read at start-up. CoreNLP keeps
 * its embeddings as serialised Java objects, one matrix object per word, and reading them took a
 * second and a half of CPU and left some 200 MB of garbage at every start; this table holds the
 * same lower-cased unit vectors as plain floats and reads in a small fraction of that. The build
 * writes it with {@link #main}; {@code VectorTableTest} checks that it holds exactly the vectors
 * of CoreNLP's file.
 *
 * <p>The format: the magic number {@code DSWV}, a version, the dimension and the number of words,
 * then each word in modified UTF-8 followed by its floats, big-endian.
 *
 * <p>Not instantiable; the methods are thread-safe.
 */
final class VectorTable {

  /** Where the build puts the table of CoreNLP's vectors, beside this class. */
  static final String CORENLP_TABLE = "corenlp-word-vectors.bin";

  private static final int MAGIC = 0x44535756;
  private static final int VERSION = 1;

  private VectorTable() {}

  /** Writes the vectors, words in sorted order so that a build always gives the same bytes. */
  static void write(WordVectors vectors, OutputStream out) throws IOException {
    requireNonNull(vectors, "vectors");
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    Map<String, float[]> sorted = new TreeMap<>(vectors.asMap());
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(vectors.dimension());
    data.writeInt(sorted.size());
    for (Map.Entry<String, float[]> e : sorted.entrySet()) {
      data.writeUTF(e.getKey());
      for (float x : e.getValue()) {
        data.writeFloat(x);
      }
    }
    data.flush();
  }

  /**
   * Reads a table that {@link #write} wrote. The stream is not closed.
   *
   * @throws IOException if it cannot be read or is not such a table
   */
  static WordVectors read(InputStream in) throws IOException {
    requireNonNull(in, "in");
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    int magic = data.readInt();
    if (magic != MAGIC) {
      throw new IOException("not a word vector table: magic number " + Integer.toHexString(magic));
    }
    int version = data.readInt();
    if (version != VERSION) {
      throw new IOException("word vector table version " + version + ", expected " + VERSION);
    }
    int dimension = data.readInt();
    int count = data.readInt();
    if (dimension <= 0 || count < 0) {
      throw new IOException(
          "a word vector table with dimension " + dimension + " and " + count + " words");
    }
    Map<String, float[]> vectors = new HashMap<>(count * 2);
    byte[] bytes = new byte[dimension * Float.BYTES];
    for (int w = 0; w < count; w++) {
      String word = data.readUTF();
      data.readFully(bytes);
      float[] v = new float[dimension];
      ByteBuffer.wrap(bytes).asFloatBuffer().get(v);
      vectors.put(word, v);
    }
    return WordVectors.ofUnitVectors(vectors, dimension);
  }

  /**
   * Writes the table of CoreNLP's vectors to the file {@code args[0]}; the build runs this.
   *
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    checkArgument(args.length == 1, "usage: VectorTable OUTPUT_FILE, got %s arguments", args.length);
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    WordVectors vectors = WordVectors.fromCoreNlpEmbeddings();
    try (OutputStream file = Files.newOutputStream(out)) {
      write(vectors, file);
    }
  }
}
