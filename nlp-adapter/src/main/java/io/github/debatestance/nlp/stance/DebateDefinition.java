package io.github.debatestance.nlp.stance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.nlp.internal.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A debate as data: its name, its two sides and its neutral middle, what each side talks about
 * (its target lexicon) and the labelled statements a stance model learns from.
 *
 * <p>Every debate lies on one axis with three positions. Side A is reported as {@link
 * Stance#PRO_OPEN_SOURCE}, side B as {@link Stance#PRO_SAFETY_CLOSED} and the middle as {@link
 * Stance#NEUTRAL}: those are the labels of the built-in debate, and another debate names its own
 * positions ({@code PRO_NUCLEAR}, say) through {@link #label(Stance)} and reads them back through
 * {@link #stanceOf(String)}.
 *
 * <p>A definition is a folder of three files: {@code debate.tsv} (the name and the three labels),
 * {@code targets.tsv} (terms, each with its side and whether it is a TARGET the side stands for or
 * a CUE that argues for it, and phrases marked {@code - NONE} that hold a term's words without
 * meaning it) and {@code training.jsonl} (labelled statements, see {@link
 * TrainingData}). It may also hold {@code model.tsv}, the model trained on those statements and
 * saved by {@link StanceModel#save}, so that an analyzer loads it instead of training one (see
 * {@link StanceModel#forDebate}).
 *
 * <p>Immutable and thread-safe.
 */
public final class DebateDefinition {

  /** Where the built-in open-source AI debate lives on the class path. */
  public static final String OPEN_SOURCE_AI = "/io/github/debatestance/nlp/debates/open-source-ai/";

  /** The file of a definition that holds its trained model, if it ships one. */
  static final String MODEL_FILE = "model.tsv";

  /**
   * What a target-lexicon term stands for: the term as the lexicon writes it, the side it belongs
   * to, and whether it is a cue.
   */
  record Target(String term, Stance side, boolean cue) {}

  /**
   * An entry of the target lexicon: a target or cue, or, with no target, a phrase that holds a
   * term's words without meaning it ("open letter", "market share"), which the longest match
   * finds first and so keeps from matching.
   */
  private record Entry(Target target) {}

  private final String id;
  private final String title;
  private final ImmutableMap<Stance, String> labels;
  private final ImmutableMap<Stance, String> descriptions;
  private final TermSet<Entry> targets;
  private final ImmutableList<LabelledStatement> training;
  private final Opener opener;
  private final String where;

  private interface Opener {
    /** The named file of the definition, or null if there is none. */
    InputStream open(String name) throws IOException;
  }

  private DebateDefinition(Opener opener, String where) throws IOException {
    this.opener = opener;
    this.where = where;
    Lexicon debate = lexicon(opener, where, "debate.tsv");
    List<String> name = debate.values("name");
    if (name.isEmpty()) {
      throw new IOException(where + "debate.tsv: no 'name' line");
    }
    this.id = name.get(0);
    this.title = name.size() > 1 ? name.get(1) : name.get(0);
    Map<Stance, String> labelMap = new EnumMap<>(Stance.class);
    Map<Stance, String> descriptionMap = new EnumMap<>(Stance.class);
    for (Stance s : Stance.values()) {
      List<String> v = debate.values(key(s));
      if (v.isEmpty()) {
        throw new IOException(where + "debate.tsv: no '" + key(s) + "' line");
      }
      labelMap.put(s, v.get(0));
      descriptionMap.put(s, v.size() > 1 ? v.get(1) : "");
    }
    this.labels = ImmutableMap.copyOf(labelMap);
    this.descriptions = ImmutableMap.copyOf(descriptionMap);
    if (labels.values().stream().distinct().count() != 3) {
      throw new IOException(where + "debate.tsv: the three labels must differ: " + labels);
    }
    Lexicon targetLexicon = lexicon(opener, where, "targets.tsv");
    this.targets = new TermSet<>();
    for (String term : targetLexicon.keys()) {
      List<String> v = targetLexicon.values(term);
      if (v.size() >= 2 && v.get(0).equals("-") && v.get(1).equals("NONE")) {
        targets.add(term, new Entry(null));
        continue;
      }
      if (v.size() < 2 || !(v.get(0).equals("A") || v.get(0).equals("B"))
          || !(v.get(1).equals("TARGET") || v.get(1).equals("CUE"))) {
        throw new IOException(
            where + "targets.tsv: term '" + term + "' needs a side (A or B) and a kind"
                + " (TARGET or CUE), or - and NONE: " + v);
      }
      Stance side = v.get(0).equals("A") ? Stance.PRO_OPEN_SOURCE : Stance.PRO_SAFETY_CLOSED;
      targets.add(term, new Entry(new Target(term, side, v.get(1).equals("CUE"))));
    }
    try (InputStream in = opener.open("training.jsonl")) {
      this.training =
          in == null
              ? ImmutableList.of()
              : ImmutableList.copyOf(
                  TrainingData.read(
                      new InputStreamReader(in, UTF_8), where + "training.jsonl", this));
    }
  }

  /** The built-in debate: open-source versus closed, safety-first AI. */
  public static DebateDefinition openSourceAi() {
    return fromResources(OPEN_SOURCE_AI);
  }

  /**
   * Loads a definition from a class-path folder such as {@code /com/example/debates/nuclear/}.
   *
   * @throws IllegalArgumentException if a file is missing or malformed
   */
  public static DebateDefinition fromResources(String folder) {
    requireNonNull(folder, "folder");
    String base = folder.endsWith("/") ? folder : folder + "/";
    try {
      return new DebateDefinition(name -> DebateDefinition.class.getResourceAsStream(base + name), base);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot load the debate at " + base + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          "cannot load the debate at " + base + ": " + e.getCause().getMessage(), e);
    }
  }

  /**
   * Loads a definition from a folder on disk.
   *
   * @throws IOException if a file is missing, unreadable or malformed
   */
  public static DebateDefinition fromDirectory(Path folder) throws IOException {
    requireNonNull(folder, "folder");
    return new DebateDefinition(
        name -> {
          Path p = folder.resolve(name);
          return Files.exists(p) ? Files.newInputStream(p) : null;
        },
        folder + java.io.File.separator);
  }

  private static Lexicon lexicon(Opener opener, String where, String name) throws IOException {
    try (InputStream in = opener.open(name)) {
      if (in == null) {
        throw new IOException(where + name + ": missing");
      }
      return Lexicon.read(in);
    }
  }

  private static String key(Stance s) {
    return switch (s) {
      case PRO_OPEN_SOURCE -> "side-a";
      case PRO_SAFETY_CLOSED -> "side-b";
      case NEUTRAL -> "neutral";
    };
  }

  /** A short identifier, such as {@code open-source-ai}. */
  public String id() {
    return id;
  }

  /** A readable name, such as "Open-source versus closed, safety-first AI". */
  public String title() {
    return title;
  }

  /** This debate's name for a position on the axis, such as {@code PRO_OPEN_SOURCE}. */
  public String label(Stance position) {
    return labels.get(requireNonNull(position, "position"));
  }

  /** What a position argues, in a phrase. */
  public String description(Stance position) {
    return descriptions.get(requireNonNull(position, "position"));
  }

  /** The three labels: side A, side B, neutral. */
  public List<String> labels() {
    return ImmutableList.of(
        labels.get(Stance.PRO_OPEN_SOURCE),
        labels.get(Stance.PRO_SAFETY_CLOSED),
        labels.get(Stance.NEUTRAL));
  }

  /** The position that this debate's label names, if it names one. */
  public Optional<Stance> stanceOf(String label) {
    requireNonNull(label, "label");
    return labels.entrySet().stream()
        .filter(e -> e.getValue().equals(label))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * The target terms of this debate that a text mentions: the points a claim is about, such as
   * "open weights" or "safety". Each term, as the target lexicon writes it, maps to the words of
   * the text that matched it first; the terms are in the order they first appear. Cue words are
   * left out, since they argue for a side rather than name a point.
   */
  public Map<String, String> targetsIn(String text) {
    requireNonNull(text, "text");
    List<StanceTokens.Token> tokens = StanceTokens.tokenize(text);
    Map<String, String> found = new LinkedHashMap<>();
    for (TermSet.Match<Target> m : targetsIn(tokens)) {
      if (!m.value().cue()) {
        found.putIfAbsent(
            m.value().term(),
            text.substring(tokens.get(m.begin()).begin(), tokens.get(m.end() - 1).end()));
      }
    }
    return ImmutableMap.copyOf(found);
  }

  /** The labelled statements that ship with the definition, possibly none. */
  public List<LabelledStatement> trainingStatements() {
    return training;
  }

  /** The target and cue terms in the tokens, left to right, without overlaps. */
  List<TermSet.Match<Target>> targetsIn(List<StanceTokens.Token> tokens) {
    List<TermSet.Match<Target>> found = new ArrayList<>();
    for (TermSet.Match<Entry> m : targets.find(tokens)) {
      if (m.value().target() != null) {
        found.add(new TermSet.Match<>(m.begin(), m.end(), m.value().target()));
      }
    }
    return found;
  }

  /** The name of the definition's saved model in error messages, such as its path. */
  String modelSource() {
    return where + MODEL_FILE;
  }

  /** The definition's saved model, or null if it ships none; the caller closes the stream. */
  InputStream openModel() throws IOException {
    return opener.open(MODEL_FILE);
  }

  @Override
  public String toString() {
    return "DebateDefinition[" + id + ", " + labels() + ", " + training.size() + " statements]";
  }
}
