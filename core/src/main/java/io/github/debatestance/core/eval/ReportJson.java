package io.github.debatestance.core.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.debatestance.core.model.Stance;

/**
 * Renders an {@link EvaluationReport} as JSON. The tree is built by hand so that the field names
 * are a stable contract, written out here in one place, and do not follow Java method names.
 *
 * <p>Thread-safe: the shared writer is immutable.
 */
final class ReportJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .build()
          .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private ReportJson() {}

  static String render(EvaluationReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("documents", report.documentCount());
    root.set("direct", extraction(report.direct()));
    root.set("indirect", extraction(report.indirect()));
    root.set("attribution", attribution(report.attribution()));
    root.set("stance", stance(report.stance(), report.stanceCalibration(), report.stanceEndToEnd()));
    root.set("actors", actors(report.actorsFound(), report.actorStance()));
    root.set("intervals", intervals(report));
    ArrayNode perDocument = root.putArray("perDocument");
    for (DocumentScore d : report.documents()) {
      perDocument.add(document(d));
    }
    try {
      return WRITER.writeValueAsString(root);
    } catch (JacksonException e) {
      // A tree of plain nodes always serialises; failing here would be a Jackson bug.
      throw new IllegalStateException("could not write the evaluation report", e);
    }
  }

  /**
   * How the intervals were drawn, and under {@code measures} each measure's bounds keyed by where
   * its value stands in this report, for example {@code "stance.macroF1": [0.83, 0.95]}; empty
   * with fewer than two documents.
   */
  private static ObjectNode intervals(EvaluationReport report) {
    ObjectNode node = NODES.objectNode();
    node.put("level", EvaluationReport.LEVEL);
    node.put("method", "percentile bootstrap over documents");
    node.put("resamples", EvaluationReport.RESAMPLES);
    ObjectNode measures = node.putObject("measures");
    report
        .intervals()
        .forEach((name, i) -> measures.putArray(name).add(i.low()).add(i.high()));
    return node;
  }

  private static ObjectNode document(DocumentScore d) {
    ObjectNode node = NODES.objectNode();
    node.put("document", d.documentId());
    node.set("direct", extraction(d.direct()));
    node.set("indirect", extraction(d.indirect()));
    node.set("attribution", attribution(d.attribution()));
    node.set("stance", stance(d.stance(), d.stanceCalibration(), d.stanceEndToEnd()));
    node.set("actors", actors(d.actorsFound(), d.actorStance()));
    ArrayNode mismatches = node.putArray("mismatches");
    for (Mismatch m : d.mismatches()) {
      ObjectNode item = mismatches.addObject();
      item.put("type", m.type().name());
      item.put("kind", m.claimKind() == null ? null : m.claimKind().name());
      item.put("text", m.text());
      item.put("expected", m.expected());
      item.put("predicted", m.predicted());
    }
    return node;
  }

  private static ObjectNode extraction(ExtractionScore s) {
    ObjectNode node = NODES.objectNode();
    node.put("precision", s.precision());
    node.put("recall", s.recall());
    node.put("f1", s.f1());
    node.put("truePositives", s.truePositives());
    node.put("falsePositives", s.falsePositives());
    node.put("falseNegatives", s.falseNegatives());
    return node;
  }

  private static ObjectNode attribution(Ratio r) {
    ObjectNode node = NODES.objectNode();
    node.put("accuracy", r.value());
    node.put("correct", r.count());
    node.put("total", r.total());
    return node;
  }

  private static ObjectNode stance(StanceConfusionMatrix m, Calibration c, Ratio endToEnd) {
    ObjectNode node = NODES.objectNode();
    node.put("macroF1", m.macroF1());
    node.put("scored", m.total());
    ObjectNode labels = node.putObject("labels");
    for (Stance label : Stance.values()) {
      ObjectNode l = labels.putObject(label.name());
      l.put("precision", m.precision(label));
      l.put("recall", m.recall(label));
      l.put("f1", m.f1(label));
      l.put("gold", m.goldCount(label));
      l.put("predicted", m.predictedCount(label));
    }
    // Rows are gold labels, columns predicted labels.
    ObjectNode confusion = node.putObject("confusion");
    for (Stance gold : Stance.values()) {
      ObjectNode row = confusion.putObject(gold.name());
      for (Stance predicted : Stance.values()) {
        row.put(predicted.name(), m.count(gold, predicted));
      }
    }
    node.put("meanConfidence", c.meanConfidence());
    node.put("accuracy", c.accuracy());
    node.put("calibrationError", c.expectedError());
    node.put("endToEnd", endToEnd.value());
    node.put("endToEndCorrect", endToEnd.count());
    node.put("endToEndTotal", endToEnd.total());
    return node;
  }

  private static ObjectNode actors(Ratio found, Ratio stance) {
    ObjectNode node = NODES.objectNode();
    node.put("found", found.value());
    node.put("foundCount", found.count());
    node.put("total", found.total());
    node.put("stanceAccuracy", stance.value());
    node.put("stanceCorrect", stance.count());
    node.put("stanceTotal", stance.total());
    return node;
  }
}
