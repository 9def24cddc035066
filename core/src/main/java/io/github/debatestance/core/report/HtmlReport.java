package io.github.debatestance.core.report;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders a debate map, or a corpus map, as one self-contained HTML page for a person to read.
 *
 * <p>The page shows the actors on the stance axis (an inline SVG chart, one side at each end and
 * neutral in the middle, with relations as arrows), the camps with their strength, the relations
 * with their evidence, and the claims with the words behind their stance marked. For a corpus it
 * shows each actor's stance over the corpus, a timeline of the dated documents, and key claims with
 * their documents.
 *
 * <p>The page needs nothing else: its style sheet and charts are inline, it has no script, and it
 * loads nothing from the network (its content security policy forbids it). All text from the maps
 * is escaped. The layout may change between versions; for machines, use the JSON form.
 *
 * <pre>{@code
 * String html = HtmlReport.standard().render(map, documentText);
 * Files.writeString(Path.of("report.html"), html);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {

  private static final String CSS = loadCss();

  private final StanceNames names;

  private HtmlReport(StanceNames names) {
    this.names = requireNonNull(names, "names");
  }

  /** A report for the built-in debate, open source against safety-first, closed AI. */
  public static HtmlReport standard() {
    return new HtmlReport(StanceNames.openSourceAi());
  }

  /** A report that calls the positions of the stance axis by these names. */
  public static HtmlReport withStanceNames(StanceNames names) {
    return new HtmlReport(names);
  }

  /** The names this report gives the stance axis's positions. */
  public StanceNames stanceNames() {
    return names;
  }

  /** The page of one document's map, each claim shown alone. */
  public String render(DebateMap map) {
    return DocumentPage.render(requireNonNull(map, "map"), null, names, CSS);
  }

  /**
   * The page of one document's map, each claim shown in its context: the words around it in the
   * document, within its paragraph.
   *
   * @param text the text the map was made from
   * @throws IllegalArgumentException if a claim of the map does not stand in {@code text} at its
   *     span
   */
  public String render(DebateMap map, String text) {
    return DocumentPage.render(
        requireNonNull(map, "map"), requireNonNull(text, "text"), names, CSS);
  }

  /** The page of a corpus's map. */
  public String render(CorpusMap corpus) {
    return CorpusPage.render(requireNonNull(corpus, "corpus"), names, CSS);
  }

  private static String loadCss() {
    String resource = "report.css";
    try (InputStream in = HtmlReport.class.getResourceAsStream(resource)) {
      if (in == null) {
        // Only a broken build can get here: the style sheet sits next to this class in the jar.
        throw new IllegalStateException("resource missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
