package io.github.debatestance.nlp.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The features of one claim: named values, and for each feature the words of the claim that
 * produced it (none for structural features such as the bias or a question mark).
 *
 * <p>Immutable once built, and then thread-safe; the builder is not.
 */
final class FeatureVector {

  private final Map<String, Double> values;
  private final Map<String, List<String>> surfaces;

  private FeatureVector(Map<String, Double> values, Map<String, List<String>> surfaces) {
    this.values = Collections.unmodifiableMap(values);
    this.surfaces = Collections.unmodifiableMap(surfaces);
  }

  /** Feature names in sorted order, with their values. */
  Map<String, Double> values() {
    return values;
  }

  /** The words behind a feature, in the order they occur; empty for structural features. */
  List<String> surfaces(String feature) {
    return surfaces.getOrDefault(feature, List.of());
  }

  double value(String feature) {
    return values.getOrDefault(feature, 0.0);
  }

  /** Collects features; a feature added twice sums its values. Not thread-safe. */
  static final class Builder {
    private final Map<String, Double> values = new TreeMap<>();
    private final Map<String, List<String>> surfaces = new TreeMap<>();

    Builder add(String feature, double value, String... words) {
      values.merge(feature, value, Double::sum);
      List<String> list = surfaces.computeIfAbsent(feature, k -> new ArrayList<>());
      for (String w : words) {
        if (!list.contains(w)) {
          list.add(w);
        }
      }
      return this;
    }

    FeatureVector build() {
      Map<String, List<String>> frozen = new TreeMap<>();
      surfaces.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new FeatureVector(new TreeMap<>(values), frozen);
    }
  }
}
