package io.github.debatestance.core.eval;

import io.github.debatestance.core.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs predicted claims with gold claims of the same article, as FORMAT.md scores them: a pair
 * qualifies when both have the same kind and their token-level F1 is at least 0.5; pairs are then
 * taken greedily, best overlap first, each gold and each predicted claim at most once. Ties go to
 * the pair earlier in the gold claims, then earlier in the predicted claims, so the result never
 * depends on anything but the input order.
 *
 * <p>Stateless and thread-safe.
 */
final class ClaimAlignment {

  /** A gold claim and the predicted claim matched to it, by their indexes in the two lists. */
  record Match(int gold, int predicted) {}

  /**
   * A qualifying pair; its F1 is {@code 2 * overlap / size}, kept as integers to compare exactly.
   */
  private record Candidate(int gold, int predicted, int overlap, int size) {}

  // a/b > c/d  <=>  a*d > c*b for positive denominators; longs keep the products exact.
  private static final Comparator<Candidate> BEST_FIRST =
      ((Comparator<Candidate>)
              (x, y) -> Long.compare((long) y.overlap() * x.size(), (long) x.overlap() * y.size()))
          .thenComparingInt(Candidate::gold)
          .thenComparingInt(Candidate::predicted);

  private ClaimAlignment() {}

  /** The matches, ordered by gold index. */
  static List<Match> align(List<GoldClaim> gold, List<Claim> predicted) {
    List<ClaimTokens> goldTokens = gold.stream().map(c -> ClaimTokens.of(c.text())).toList();
    List<ClaimTokens> predictedTokens =
        predicted.stream().map(c -> ClaimTokens.of(c.text())).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        if (gold.get(g).kind() != predicted.get(p).kind()) {
          continue;
        }
        ClaimTokens a = goldTokens.get(g);
        ClaimTokens b = predictedTokens.get(p);
        int overlap = a.overlap(b);
        int size = a.size() + b.size();
        // F1 = 2*overlap/size >= 1/2  <=>  4*overlap >= size, decided without rounding.
        if (overlap > 0 && 4L * overlap >= size) {
          candidates.add(new Candidate(g, p, overlap, size));
        }
      }
    }
    candidates.sort(BEST_FIRST);
    boolean[] goldTaken = new boolean[gold.size()];
    boolean[] predictedTaken = new boolean[predicted.size()];
    List<Match> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldTaken[c.gold()] && !predictedTaken[c.predicted()]) {
        goldTaken[c.gold()] = true;
        predictedTaken[c.predicted()] = true;
        matches.add(new Match(c.gold(), c.predicted()));
      }
    }
    matches.sort(Comparator.comparingInt(Match::gold));
    return List.copyOf(matches);
  }
}
