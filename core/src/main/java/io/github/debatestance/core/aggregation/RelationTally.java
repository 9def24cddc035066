package io.github.debatestance.core.aggregation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The occurrences of one relation between two actors of a corpus: how often documents state it and
 * how often it is inferred, a few pieces of evidence of each kind, and the documents it comes from.
 *
 * <p>Mutable and not thread-safe.
 */
final class RelationTally {

  private final int maxEvidence;
  private int stated;
  private int inferred;
  private final Set<String> statedEvidence = new LinkedHashSet<>();
  private final Set<String> inferredEvidence = new LinkedHashSet<>();
  // Document id to its position in reading order, so that merged tallies keep reading order.
  private final Map<String, Integer> documents = new LinkedHashMap<>();

  RelationTally(int maxEvidence) {
    this.maxEvidence = maxEvidence;
  }

  void add(boolean isInferred, String evidence, String documentId, int readIndex) {
    if (isInferred) {
      inferred++;
      keep(inferredEvidence, evidence);
    } else {
      stated++;
      keep(statedEvidence, evidence);
    }
    documents.putIfAbsent(documentId, readIndex);
  }

  void addAll(RelationTally other) {
    stated += other.stated;
    inferred += other.inferred;
    other.statedEvidence.forEach(e -> keep(statedEvidence, e));
    other.inferredEvidence.forEach(e -> keep(inferredEvidence, e));
    other.documents.forEach(documents::putIfAbsent);
  }

  private void keep(Set<String> kept, String evidence) {
    if (kept.size() < maxEvidence) {
      kept.add(evidence);
    }
  }

  int stated() {
    return stated;
  }

  int inferred() {
    return inferred;
  }

  /** The evidence, stated first, at most {@code maxEvidence} pieces. */
  List<String> evidence() {
    Set<String> all = new LinkedHashSet<>(statedEvidence);
    all.addAll(inferredEvidence);
    return all.stream().limit(maxEvidence).toList();
  }

  /** The documents, in reading order. */
  List<String> documentIds() {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(documents.entrySet());
    entries.sort(Map.Entry.comparingByValue());
    return entries.stream().map(Map.Entry::getKey).toList();
  }
}
