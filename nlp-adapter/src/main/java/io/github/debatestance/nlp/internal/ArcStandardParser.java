package io.github.debatestance.nlp.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency parser model (the greedy arc-standard parser of Chen and Manning,
 * 2014) with a loader and a forward pass of our own. It reads the same model file, extracts the
 * same 48 features and takes the same transitions, so it gives CoreNLP's parses; {@code
 * ArcStandardParserTest} checks the two against each other on real news.
 *
 * <p>Why not CoreNLP's own class: its forward pass was more than half of our analysis time. It
 * scores the transitions with one long chain of dependent additions per transition and guards its
 * cache of hidden-layer products with a lock that every feature of every thread takes. Here the
 * weights are stored transposed, so both layers are sums of scaled rows, which the JIT compiler
 * turns into vector instructions; the cache is a lock-free table filled on first use, which also
 * spares the load the precomputation of 20,000 hidden-layer products; and the model's text is read
 * as bytes, number by number, rather than as millions of strings.
 *
 * <p>Thread-safe: the weights never change after loading, and the cache publishes each entry
 * through an atomic array. Two threads may compute the same entry at once; both write the same
 * values.
 */
public final class ArcStandardParser {

  /** CoreNLP's English model for Universal Dependencies, in its models jar. */
  public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * Where the build puts a binary copy of {@link #DEFAULT_MODEL}, beside this class. It holds the
   * same numbers, so it gives the same parses; it spares every start-up the parsing of 49 MB of
   * decimals, and the compiling of the code that parses them, which cost more than the reading.
   */
  static final String DEFAULT_TABLE = "io/github/debatestance/nlp/internal/english_UD.bin";

  /** How many of the model's most frequent feature values get a cached hidden-layer product. */
  static final int CACHED_FEATURES = 20_000;

  private static final String UNKNOWN = "-UNKNOWN-";
  private static final String NULL = "-NULL-";
  private static final String ROOT = "-ROOT-";
  private static final int NONE = -1;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> posIds;
  private final String[] labels;
  private final GrammaticalRelation[] relations;
  private final int embeddingSize;
  private final int hiddenSize;
  private final int numTokens;
  private final int labelOffset;
  private final int unknownWord;
  private final int nullWord;
  private final int rootWord;
  private final int unknownPos;
  private final int nullPos;
  private final int rootPos;
  private final int nullLabel;
  /** Embeddings of words, then tags, then labels: row {@code id} starts at {@code id * e}. */
  private final float[] embeddings;
  /**
   * The first layer's weights, transposed: row {@code position * e + k} has one value per hidden
   * unit. Rows are arrays of their own, as are the output layer's: the JIT compiler vectorises a
   * loop over a whole array, indexed from 0, but not the same loop at an offset into a larger one.
   */
  private final float[][] inputWeights;
  private final float[] hiddenBias;
  /** The output layer's weights, transposed: row {@code h} has one value per transition. */
  private final float[][] outputWeights;
  private final int transitions;
  /** For each feature key ({@code id * numTokens + position}), its cache slot, or -1. */
  private final int[] cacheSlot;
  private final AtomicReferenceArray<float[]> cache;

  private ArcStandardParser(Model m) {
    this.wordIds = m.wordIds;
    this.posIds = m.posIds;
    this.embeddingSize = m.embeddingSize;
    this.hiddenSize = m.hiddenSize;
    this.numTokens = m.numTokens;
    this.embeddings = m.embeddings;
    this.inputWeights = m.inputWeights;
    this.hiddenBias = m.hiddenBias;
    this.outputWeights = m.outputWeights;
    // The label list without -NULL-: the transitions are a left arc for each label, a right arc
    // for each label, then shift. The first label is the root's.
    this.labels = m.labels.subList(1, m.labels.size()).toArray(String[]::new);
    this.transitions = 2 * labels.length + 1;
    checkArgument(
        m.outputWeights[0].length == transitions,
        "the output layer does not fit the labels: weights=%s, transitions=%s, hidden=%s",
        m.outputWeights[0].length,
        transitions,
        hiddenSize);
    this.relations = new GrammaticalRelation[labels.length];
    for (int i = 0; i < labels.length; i++) {
      GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(labels[i]);
      relations[i] =
          known != null
              ? known
              : new GrammaticalRelation(
                  edu.stanford.nlp.international.Language.UniversalEnglish,
                  labels[i],
                  null,
                  GrammaticalRelation.DEPENDENT);
    }
    this.labelOffset = m.wordIds.size() + m.posIds.size();
    this.unknownWord = wordIds.get(UNKNOWN);
    this.nullWord = wordIds.get(NULL);
    this.rootWord = wordIds.get(ROOT);
    this.unknownPos = posIds.get(UNKNOWN);
    this.nullPos = posIds.get(NULL);
    this.rootPos = posIds.get(ROOT);
    this.nullLabel = labelOffset; // -NULL- is the first label of the model
    int rows = embeddings.length / embeddingSize;
    this.cacheSlot = new int[rows * numTokens];
    Arrays.fill(cacheSlot, NONE);
    int slots = Math.min(CACHED_FEATURES, m.frequentFeatures.length);
    for (int s = 0; s < slots; s++) {
      int key = m.frequentFeatures[s];
      if (key >= 0 && key < cacheSlot.length) {
        cacheSlot[key] = s;
      }
    }
    this.cache = new AtomicReferenceArray<>(slots);
  }

  /**
   * Loads a model in CoreNLP's text format, or a binary copy that {@link #main} wrote, from the
   * class path, a file or a URL; gzip is read by the name's ending.
   *
   * @throws UncheckedIOException if the model cannot be read
   * @throws IllegalArgumentException if the file is not such a model
   */
  public static ArcStandardParser load(String model) {
    requireNonNull(model, "model");
    try (InputStream in =
        new BufferedInputStream(IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(model))) {
      return new ArcStandardParser(
          Model.isBinary(in) ? Model.readBinary(in, model) : Model.read(in, model));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parser model " + model + ": " + e, e);
    }
  }

  /**
   * Loads {@link #DEFAULT_MODEL}: from the binary copy that the build puts beside this class if it
   * is there, else from CoreNLP's text.
   *
   * @throws UncheckedIOException if the model cannot be read
   */
  public static ArcStandardParser loadDefault() {
    // Looked up by this class's loader, which holds the copy, whichever loader holds CoreNLP.
    URL table = ArcStandardParser.class.getClassLoader().getResource(DEFAULT_TABLE);
    return load(table != null ? table.toString() : DEFAULT_MODEL);
  }

  /**
   * Writes the binary copy of {@link #DEFAULT_MODEL} to the file {@code args[0]}; the build runs
   * this.
   *
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    checkArgument(
        args.length == 1, "usage: ArcStandardParser OUTPUT_FILE, got %s arguments", args.length);
    writeBinary(DEFAULT_MODEL, Path.of(args[0]));
  }

  /** Writes a binary copy of a model in CoreNLP's text format. */
  static void writeBinary(String textModel, Path out) throws IOException {
    Model model;
    try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(textModel)) {
      model = Model.read(in, textModel);
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream file = Files.newOutputStream(out)) {
      model.writeBinary(file);
    }
  }

  /**
   * Parses a tagged sentence into the structure CoreNLP's own parser returns: basic Universal
   * Dependencies, with the root's dependent under the ROOT relation.
   */
  public GrammaticalStructure parse(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int[] heads = new int[tokens.size() + 1];
    int[] arcLabels = new int[tokens.size() + 1];
    decode(tokens, heads, arcLabels);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = heads[i];
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation =
          head == 0 ? GrammaticalRelation.ROOT : relations[arcLabels[i]];
      dependencies.add(new TypedDependency(relation, headWord, word));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  /**
   * The heads (0 for the root) and label indexes of the tokens, 1-based, by greedy arc-standard
   * decoding. Package-private for tests.
   */
  void decode(List<CoreLabel> tokens, int[] heads, int[] arcLabels) {
    int n = tokens.size();
    int[] words = new int[n + 1];
    int[] tags = new int[n + 1];
    words[0] = rootWord;
    tags[0] = rootPos;
    for (int i = 1; i <= n; i++) {
      CoreLabel token = tokens.get(i - 1);
      words[i] = wordIds.getOrDefault(token.word(), unknownWord);
      tags[i] = token.tag() == null ? unknownPos : posIds.getOrDefault(token.tag(), unknownPos);
    }
    Arrays.fill(heads, NONE);
    Arrays.fill(arcLabels, NONE);
    int[] stack = new int[n + 1];
    int stackSize = 1; // the root
    int next = 1; // the first token of the buffer
    int[] features = new int[numTokens];
    float[] hidden = new float[hiddenSize];
    float[] scores = new float[transitions];
    // Products of the rarer feature values, for this sentence only: a rare word comes back in
    // several feature positions over the transitions of its sentence, and a cache of its own
    // needs no lock.
    Map<Integer, float[]> rare = new HashMap<>();
    int labelCount = labels.length;
    while (!(stackSize == 1 && next > n)) {
      if (stackSize <= 2) {
        // Below two words on the stack the root allows one move only: shift while the buffer
        // has words, then the arc from the root. Scoring it could not change it.
        if (next <= n) {
          stack[stackSize++] = next++;
        } else {
          heads[stack[1]] = 0;
          arcLabels[stack[1]] = 0;
          stackSize--;
        }
        continue;
      }
      features(stack, stackSize, next, n, words, tags, heads, arcLabels, features);
      score(features, hidden, scores, rare);
      int s0 = stack[stackSize - 1];
      int s1 = stack[stackSize - 2];
      int best = -1;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < transitions; t++) {
        if (scores[t] > bestScore && allowed(t, labelCount, s0, s1, next <= n)) {
          best = t;
          bestScore = scores[t];
        }
      }
      if (best < 0) {
        // Scores that are all NaN: no transition beats minus infinity. Take any that is allowed.
        for (int t = 0; t < transitions && best < 0; t++) {
          if (allowed(t, labelCount, s0, s1, next <= n)) {
            best = t;
          }
        }
      }
      if (best < labelCount) {
        heads[s1] = s0;
        arcLabels[s1] = best;
        stack[stackSize - 2] = s0;
        stackSize--;
      } else if (best < 2 * labelCount) {
        heads[s0] = s1;
        arcLabels[s0] = best - labelCount;
        stackSize--;
      } else {
        stack[stackSize++] = next++;
      }
    }
  }

  /** Whether transition {@code t} is legal with at least two words on the stack. */
  private static boolean allowed(int t, int labelCount, int s0, int s1, boolean canShift) {
    if (t == 2 * labelCount) {
      return canShift;
    }
    boolean left = t < labelCount;
    int head = left ? s0 : s1;
    boolean rootLabel = (left ? t : t - labelCount) == 0;
    return head == 0 ? rootLabel : !rootLabel;
  }

  /** The 48 features of CoreNLP's model: 18 words, 18 tags and 12 labels, in its order. */
  private void features(
      int[] stack,
      int stackSize,
      int next,
      int n,
      int[] words,
      int[] tags,
      int[] heads,
      int[] arcLabels,
      int[] f) {
    int tagBase = 18;
    int labelBase = 36;
    for (int j = 2; j >= 0; j--) {
      int index = stackSize - 1 - j >= 0 ? stack[stackSize - 1 - j] : NONE;
      f[2 - j] = word(index, words);
      f[tagBase + 2 - j] = tag(index, tags);
    }
    for (int j = 0; j <= 2; j++) {
      int index = next + j <= n ? next + j : NONE;
      f[3 + j] = word(index, words);
      f[tagBase + 3 + j] = tag(index, tags);
    }
    for (int j = 0; j <= 1; j++) {
      int k = stackSize - 1 - j >= 0 ? stack[stackSize - 1 - j] : NONE;
      int lc1 = leftChild(k, 1, n, heads);
      int rc1 = rightChild(k, 1, n, heads);
      int[] children = {
        lc1,
        rc1,
        leftChild(k, 2, n, heads),
        rightChild(k, 2, n, heads),
        leftChild(lc1, 1, n, heads),
        rightChild(rc1, 1, n, heads)
      };
      for (int c = 0; c < 6; c++) {
        int index = children[c];
        f[6 + 6 * j + c] = word(index, words);
        f[tagBase + 6 + 6 * j + c] = tag(index, tags);
        f[labelBase + 6 * j + c] =
            index <= 0 || index > n ? nullLabel : labelOffset + 1 + arcLabels[index];
      }
    }
  }

  private int word(int index, int[] words) {
    return index < 0 || index >= words.length ? nullWord : words[index];
  }

  private int tag(int index, int[] tags) {
    return index < 0 || index >= tags.length ? nullPos : tags[index];
  }

  private static int leftChild(int k, int count, int n, int[] heads) {
    if (k < 0 || k > n) {
      return NONE;
    }
    int seen = 0;
    for (int i = 1; i < k; i++) {
      if (heads[i] == k && ++seen == count) {
        return i;
      }
    }
    return NONE;
  }

  private static int rightChild(int k, int count, int n, int[] heads) {
    if (k < 0 || k > n) {
      return NONE;
    }
    int seen = 0;
    for (int i = n; i > k; i--) {
      if (heads[i] == k && ++seen == count) {
        return i;
      }
    }
    return NONE;
  }

  /** The forward pass: a hidden layer with the cube activation, then one score per transition. */
  private void score(int[] features, float[] hidden, float[] scores, Map<Integer, float[]> rare) {
    Arrays.fill(hidden, 0f);
    for (int j = 0; j < features.length; j++) {
      int id = features[j];
      int key = id * numTokens + j;
      int slot = cacheSlot[key];
      float[] product;
      if (slot >= 0) {
        product = cache.get(slot);
        if (product == null) {
          product = product(id, j);
          cache.set(slot, product);
        }
      } else {
        product = rare.get(key);
        if (product == null) {
          product = product(id, j);
          rare.put(key, product);
        }
      }
      add(hidden, product);
    }
    float[] b = hiddenBias;
    for (int i = 0; i < hiddenSize; i++) {
      float h = hidden[i] + b[i];
      hidden[i] = h * h * h;
    }
    Arrays.fill(scores, 0f);
    for (int i = 0; i < hiddenSize; i++) {
      float h = hidden[i];
      if (h != 0f) {
        float[] row = outputWeights[i];
        for (int k = 0; k < scores.length; k++) {
          scores[k] += h * row[k];
        }
      }
    }
  }

  /** The first layer's product of feature value {@code id} at {@code position}. */
  private float[] product(int id, int position) {
    float[] hidden = new float[hiddenSize];
    int embedding = id * embeddingSize;
    int rows = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float x = embeddings[embedding + k];
      if (x != 0f) {
        float[] row = inputWeights[rows + k];
        for (int i = 0; i < hidden.length; i++) {
          hidden[i] += x * row[i];
        }
      }
    }
    return hidden;
  }

  private static void add(float[] sum, float[] values) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += values[i];
    }
  }

  /**
   * A model as read from CoreNLP's text format or from our binary copy of it. The binary format:
   * the magic number {@code DSDP}, a version, the seven sizes of the text's header, the names of
   * the words, tags and labels in modified UTF-8, then the embeddings, the first layer's rows, its
   * bias, the output layer's rows and the frequent feature keys, all big-endian.
   */
  private static final class Model {
    private static final int MAGIC = 0x44534450;
    private static final int VERSION = 1;

    final Map<String, Integer> wordIds = new HashMap<>();
    final Map<String, Integer> posIds = new HashMap<>();
    final List<String> labels = new ArrayList<>();
    /** Every name in id order: words, then tags, then labels. */
    final List<String> names = new ArrayList<>();
    int words;
    int tags;
    int embeddingSize;
    int hiddenSize;
    int numTokens;
    float[] embeddings;
    float[][] inputWeights;
    float[] hiddenBias;
    float[][] outputWeights;
    int[] frequentFeatures;

    static Model read(InputStream stream, String name) throws IOException {
      ModelText in = new ModelText(stream, name);
      Model m = new Model();
      String line = in.line();
      // Newer model files name their language and treebank first; ours is English either way.
      while (line != null && (line.startsWith("language=") || line.startsWith("tlp="))) {
        line = in.line();
      }
      m.words = header(line, "dict", name);
      m.tags = header(in.line(), "pos", name);
      int labelCount = header(in.line(), "label", name);
      m.embeddingSize = header(in.line(), "embeddingSize", name);
      m.hiddenSize = header(in.line(), "hiddenSize", name);
      m.numTokens = header(in.line(), "numTokens", name);
      int frequent = header(in.line(), "preComputed", name);
      m.allocate(labelCount, frequent);
      int e = m.embeddingSize;
      for (int k = 0; k < m.words + m.tags + labelCount; k++) {
        m.name(k, in.token());
        in.floats(m.embeddings, k * e, e);
      }
      for (float[] row : m.inputWeights) {
        in.floats(row, 0, row.length);
      }
      in.floats(m.hiddenBias, 0, m.hiddenSize);
      for (float[] row : m.outputWeights) {
        in.floats(row, 0, row.length);
      }
      for (int i = 0; i < frequent; i++) {
        m.frequentFeatures[i] = in.integer();
      }
      return m.checked(name);
    }

    /** Whether the stream starts with the binary format's magic number; it does not move on. */
    static boolean isBinary(InputStream in) throws IOException {
      in.mark(Integer.BYTES);
      int magic = 0;
      for (int i = 0; i < Integer.BYTES; i++) {
        magic = magic << 8 | (in.read() & 0xff);
      }
      in.reset();
      return magic == MAGIC;
    }

    /**
     * Reads the binary copy that {@link #writeBinary} wrote.
     *
     * @throws IOException if it cannot be read or is not such a copy
     */
    static Model readBinary(InputStream stream, String name) throws IOException {
      DataInputStream in = new DataInputStream(stream);
      int magic = in.readInt();
      int version = in.readInt();
      if (magic != MAGIC || version != VERSION) {
        throw new IOException(
            name + " is not a binary parser model of version " + VERSION + ": magic number "
                + Integer.toHexString(magic) + ", version " + version);
      }
      Model m = new Model();
      m.words = in.readInt();
      m.tags = in.readInt();
      int labelCount = in.readInt();
      m.embeddingSize = in.readInt();
      m.hiddenSize = in.readInt();
      m.numTokens = in.readInt();
      int frequent = in.readInt();
      if (Math.min(Math.min(m.words, m.tags), labelCount) < 2
          || Math.min(Math.min(m.embeddingSize, m.hiddenSize), m.numTokens) < 1
          || frequent < 0) {
        throw new IOException(name + " is a damaged binary parser model: impossible sizes");
      }
      m.allocate(labelCount, frequent);
      for (int k = 0; k < m.words + m.tags + labelCount; k++) {
        m.name(k, in.readUTF());
      }
      byte[] chunk = new byte[1 << 16];
      readFloats(in, chunk, m.embeddings);
      for (float[] row : m.inputWeights) {
        readFloats(in, chunk, row);
      }
      readFloats(in, chunk, m.hiddenBias);
      for (float[] row : m.outputWeights) {
        readFloats(in, chunk, row);
      }
      for (int i = 0; i < frequent; i++) {
        m.frequentFeatures[i] = in.readInt();
      }
      return m.checked(name);
    }

    /** Writes this model in the binary format; the stream is flushed, not closed. */
    void writeBinary(OutputStream stream) throws IOException {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      for (int size :
          new int[] {
            words, tags, labels.size(), embeddingSize, hiddenSize, numTokens,
            frequentFeatures.length
          }) {
        out.writeInt(size);
      }
      for (String n : names) {
        out.writeUTF(n);
      }
      writeFloats(out, embeddings);
      for (float[] row : inputWeights) {
        writeFloats(out, row);
      }
      writeFloats(out, hiddenBias);
      for (float[] row : outputWeights) {
        writeFloats(out, row);
      }
      for (int key : frequentFeatures) {
        out.writeInt(key);
      }
      out.flush();
    }

    private void allocate(int labelCount, int frequent) {
      embeddings = new float[(words + tags + labelCount) * embeddingSize];
      inputWeights = new float[embeddingSize * numTokens][hiddenSize];
      hiddenBias = new float[hiddenSize];
      outputWeights = new float[hiddenSize][2 * labelCount - 1];
      frequentFeatures = new int[frequent];
    }

    private void name(int id, String name) {
      names.add(name);
      if (id < words) {
        wordIds.put(name, id);
      } else if (id < words + tags) {
        posIds.put(name, id);
      } else {
        labels.add(name);
      }
    }

    /** Reads whole blocks of floats at once, which needs no per-number code at all. */
    private static void readFloats(DataInputStream in, byte[] chunk, float[] into)
        throws IOException {
      int perChunk = chunk.length / Float.BYTES;
      for (int at = 0; at < into.length; at += perChunk) {
        int count = Math.min(perChunk, into.length - at);
        in.readFully(chunk, 0, count * Float.BYTES);
        ByteBuffer.wrap(chunk, 0, count * Float.BYTES).asFloatBuffer().get(into, at, count);
      }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
      for (float v : values) {
        out.writeFloat(v);
      }
    }

    private Model checked(String name) {
      checkArgument(
          wordIds.containsKey(UNKNOWN)
              && wordIds.containsKey(NULL)
              && wordIds.containsKey(ROOT)
              && posIds.containsKey(UNKNOWN)
              && posIds.containsKey(NULL)
              && posIds.containsKey(ROOT)
              && labels.size() >= 2
              && labels.get(0).equals(NULL),
          "%s: the model lacks its special words, tags or labels",
          name);
      return this;
    }

    private static int header(String line, String key, String name) {
      checkArgument(
          line != null && line.startsWith(key + "="),
          "%s is not a dependency parser model: expected '%s=' but read '%s'",
          name,
          key,
          line);
      return Integer.parseInt(line.substring(key.length() + 1).trim());
    }
  }

  /**
   * Reads CoreNLP's model text as bytes: lines of a name and numbers, or of numbers alone,
   * separated by single spaces. Reading the 49 MB of text line by line into strings was most of
   * the load time; this reads each number where it lies. Not thread-safe.
   */
  private static final class ModelText {
    private final InputStream in;
    private final String name;
    private final byte[] buffer = new byte[1 << 16];
    private final char[] scratch = new char[64];
    private int position;
    private int limit;
    private int line = 1;

    ModelText(InputStream in, String name) {
      this.in = in;
      this.name = name;
    }

    /** The next byte, or -1 at the end. */
    private int peek() throws IOException {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
      }
      return buffer[position] & 0xff;
    }

    /** The rest of the line, without its end, or null at the end of the file. */
    String line() throws IOException {
      if (peek() < 0) {
        return null;
      }
      String text = text(false);
      if (peek() == '\n') {
        position++;
      }
      line++;
      return text;
    }

    /** The first word of an embedding line: a word, tag or label, up to the space after it. */
    String token() throws IOException {
      String text = text(true);
      if (text.isEmpty()) {
        throw new IllegalArgumentException(name + ": line " + line + " has no name");
      }
      return text;
    }

    /** The bytes up to the end of the line, or also up to a space, read as UTF-8. */
    private String text(boolean spaceEnds) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
      for (int b = peek(); b >= 0 && b != '\n' && !(spaceEnds && b == ' '); b = peek()) {
        bytes.write(b);
        position++;
      }
      return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The {@code count} numbers that end the current line. */
    void floats(float[] into, int at, int count) throws IOException {
      for (int c = 0; c < count; c++) {
        while (peek() == ' ') {
          position++;
        }
        int b = peek();
        checkArgument(
            b >= 0 && b != '\n',
            "%s: line %s has %s numbers, expected %s",
            name,
            line,
            c,
            count);
        into[at + c] = number();
      }
      while (peek() == ' ') {
        position++;
      }
      int end = peek();
      checkArgument(
          end < 0 || end == '\n', "%s: line %s has more than %s numbers", name, line, count);
      if (end == '\n') {
        position++;
      }
      line++;
    }

    /** The next whole number, wherever the line breaks fall. */
    int integer() throws IOException {
      while (peek() == ' ' || peek() == '\n') {
        if (peek() == '\n') {
          line++;
        }
        position++;
      }
      checkArgument(peek() >= 0, "%s ends early, at line %s", name, line);
      return Integer.parseInt(text(true));
    }

    /** The next number of the line. */
    private float number() throws IOException {
      int length = 0;
      for (int b = peek(); b >= 0 && b != ' ' && b != '\n'; b = peek()) {
        checkArgument(
            length < scratch.length,
            "%s: line %s holds a number of more than %s characters",
            name,
            line,
            scratch.length);
        scratch[length++] = (char) b;
        position++;
      }
      return parse(scratch, length);
    }

    /**
     * Plain decimals, which is all the model files hold, are read directly, several times faster
     * than {@link Float#parseFloat}; anything else goes to it.
     */
    private float parse(char[] s, int length) {
      int p = 0;
      boolean negative = length > 0 && s[0] == '-';
      if (negative) {
        p++;
      }
      long mantissa = 0;
      int scale = 0;
      int digits = 0;
      boolean point = false;
      for (; p < length; p++) {
        char ch = s[p];
        if (ch >= '0' && ch <= '9') {
          mantissa = mantissa * 10 + (ch - '0');
          digits++;
          if (point) {
            scale++;
          }
        } else if (ch == '.' && !point) {
          point = true;
        } else {
          return parseFloat(s, length);
        }
      }
      if (digits == 0 || digits > 15) {
        return parseFloat(s, length);
      }
      double value = mantissa / POWERS_OF_TEN[scale];
      return (float) (negative ? -value : value);
    }

    private float parseFloat(char[] s, int length) {
      String text = new String(s, 0, length);
      try {
        return Float.parseFloat(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + ": line " + line + " holds '" + text + "' where a number belongs", e);
      }
    }

    private static final double[] POWERS_OF_TEN = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };
  }
}
