package io.github.debatestance.nlp.internal;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Analyses a document chunk by chunk: each chunk of whole paragraphs is annotated and read on its
 * own, its claims are shifted to the document's offsets, and one map is assembled from all of
 * them. A short document is one chunk. Memory holds the annotations of one chunk at a time, however
 * long the document.
 *
 * <p>What a chunk cannot see is the chunk before it: a quotation that goes on from the last
 * paragraph of one chunk, or a pronoun whose antecedent stands there, gets no speaker. Chunks are
 * large enough that this happens only in documents far longer than a news article.
 *
 * <p>Thread-safe: the annotator is, and every call keeps its state to itself.
 */
public final class ChunkedAnalysis {

  private final DocumentAnnotator annotator;
  private final ParseSelection parseSelection;
  private final QuotationFinder quotations;
  private final SpeakerTurns turns;
  private final BlockQuotations blocks;
  private final NameCorrections names;
  private final DocumentAnalysis analysis;
  private final ParagraphChunker chunker;
  private final TimeBudget timeBudget;

  public ChunkedAnalysis(
      DocumentAnnotator annotator,
      ParseSelection parseSelection,
      QuotationFinder quotations,
      SpeakerTurns turns,
      BlockQuotations blocks,
      NameCorrections names,
      DocumentAnalysis analysis,
      ParagraphChunker chunker,
      TimeBudget timeBudget) {
    this.annotator = annotator;
    this.parseSelection = parseSelection;
    this.quotations = quotations;
    this.turns = turns;
    this.blocks = blocks;
    this.names = names;
    this.analysis = analysis;
    this.chunker = chunker;
    this.timeBudget = timeBudget;
  }

  /**
   * The debate map of the document.
   *
   * @throws AnalysisException if the engine fails or the document runs out of time, naming the
   *     document
   */
  public DebateMap analyze(Document document) {
    List<TextChunk> parts = chunker.split(document.text());
    // A long document may take as long as its chunks would as separate documents.
    try (Deadline deadline = timeBudget.start(document.id(), parts.size())) {
      return analyze(document, parts, deadline);
    } catch (StackOverflowError e) {
      // A pathological text (one endless sentence, say) can nest a parse too deep to walk.
      throw new AnalysisException(
          "analysis failed on document " + document.id() + ": its text is nested too deeply", e);
    }
  }

  private DebateMap analyze(Document document, List<TextChunk> parts, Deadline deadline) {
    String text = document.text();
    List<DocumentAnalysis.ClaimDraft> drafts = new ArrayList<>();
    List<RelationDraft> relations = new ArrayList<>();
    TextChunk current = null;
    try {
      for (TextChunk chunk : parts) {
        current = chunk;
        deadline.check();
        String part = text.substring(chunk.begin(), chunk.end());
        if (part.isBlank()) {
          continue;
        }
        CoreDocument annotated =
            annotator.tag(new CoreDocument(LayoutMarks.mask(Datelines.mask(part))));
        // Blocks are told by the verb before their colon, which only the tags show.
        List<Quotation> found =
            blocks.withBlocks(part, turns.withTurns(part, quotations.find(part)), annotated);
        QuotationIndex quoted = new QuotationIndex(part, found);
        annotator.parse(annotated, parseSelection.forText(quoted));
        deadline.check();
        ParsedDocument parsed = new ParsedDocument(part, annotated, quoted);
        // Before any stage reads a name: each reads the corrected tags.
        names.correct(parsed);
        DocumentAnalysis.ChunkDrafts read = analysis.read(parsed, chunk.begin());
        drafts.addAll(read.claims());
        relations.addAll(read.relations());
      }
      current = null;
      deadline.check();
      drafts.sort(Comparator.comparingInt(d -> d.span().begin()));
      return analysis.assemble(document.id(), text, drafts, relations);
    } catch (AnalysisException e) {
      throw e;
    } catch (RuntimeInterruptedException e) {
      if (deadline.expired()) {
        throw deadline.outOfTime(e);
      }
      // Someone else interrupted the caller: stop, and leave the interrupt for them to see.
      Thread.currentThread().interrupt();
      throw new AnalysisException("analysis of document " + document.id() + " was interrupted", e);
    } catch (RuntimeException e) {
      if (deadline.expired()) {
        throw deadline.outOfTime(e);
      }
      String where =
          current == null || parts.size() == 1
              ? ""
              : " in characters " + current.begin() + "-" + current.end();
      throw new AnalysisException(
          "analysis failed on document " + document.id() + where + ": " + e, e);
    }
  }
}
