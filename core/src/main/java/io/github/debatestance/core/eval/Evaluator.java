package io.github.debatestance.core.eval;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Stance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a {@link DebateAnalyzer} against annotated articles, as FORMAT.md defines: claim
 * extraction for {@code DIRECT} and {@code INDIRECT} claims, attribution, stance and actors.
 *
 * <p>A predicted claim matches a gold claim of the same kind when their token-level F1 is at least
 * 0.5, after lower-casing, deleting apostrophes, turning other punctuation into spaces and folding
 * white space; pairs are taken best overlap first, ties in document order, each claim at most once.
 * Ratios with a zero denominator are 0, and their counts show it.
 *
 * <p>Immutable and thread-safe: it has no state, and {@link #score} is a pure function.
 */
public final class Evaluator {

  /** The evaluator; it takes no settings, because FORMAT.md fixes every rule it applies. */
  public Evaluator() {}

  /**
   * Runs the analyzer on every document and scores the results.
   *
   * @throws NullPointerException if an argument is null
   * @throws io.github.debatestance.core.api.AnalysisException if the analyzer fails on a document
   */
  public EvaluationReport evaluate(DebateAnalyzer analyzer, List<GoldDocument> docs) {
    requireNonNull(analyzer, "analyzer");
    requireNonNull(docs, "docs");
    List<DocumentScore> scores = new ArrayList<>(docs.size());
    for (GoldDocument gold : docs) {
      DebateMap predicted = analyzer.analyze(new Document(gold.id(), gold.text()));
      scores.add(score(gold, predicted));
    }
    return EvaluationReport.of(scores);
  }

  /**
   * Reads the annotated articles in {@code goldDir} with {@link GoldCorpus#read} and scores the
   * analyzer on them.
   *
   * @throws IOException if the corpus cannot be read
   */
  public EvaluationReport evaluate(DebateAnalyzer analyzer, Path goldDir) throws IOException {
    requireNonNull(analyzer, "analyzer");
    return evaluate(analyzer, GoldCorpus.read(goldDir));
  }

  /**
   * Scores one prediction against its gold annotation. The prediction's document id is not
   * compared; the score carries the gold document's id.
   *
   * @throws NullPointerException if an argument is null
   */
  public DocumentScore score(GoldDocument gold, DebateMap predicted) {
    requireNonNull(gold, "gold");
    requireNonNull(predicted, "predicted");
    List<GoldClaim> goldClaims = gold.claims();
    List<Claim> predictedClaims = predicted.claims();
    List<ClaimAlignment.Match> matches = ClaimAlignment.align(goldClaims, predictedClaims);
    Claim[] matchOfGold = new Claim[goldClaims.size()];
    boolean[] predictedMatched = new boolean[predictedClaims.size()];
    for (ClaimAlignment.Match m : matches) {
      matchOfGold[m.gold()] = predictedClaims.get(m.predicted());
      predictedMatched[m.predicted()] = true;
    }

    List<Mismatch> missed = new ArrayList<>();
    List<Mismatch> wrongSpeakers = new ArrayList<>();
    List<Mismatch> wrongStances = new ArrayList<>();
    Ratio attribution = Ratio.none();
    StanceConfusionMatrix stance = StanceConfusionMatrix.empty();
    Calibration calibration = Calibration.empty();
    Ratio endToEnd = Ratio.none();
    for (int g = 0; g < goldClaims.size(); g++) {
      GoldClaim goldClaim = goldClaims.get(g);
      Claim match = matchOfGold[g];
      if (match == null) {
        missed.add(mismatch(Mismatch.Type.MISSED_CLAIM, goldClaim, goldClaim.speaker(), null));
        if (goldClaim.stance() != null) {
          endToEnd = endToEnd.add(false);
        }
        continue;
      }
      if (goldClaim.speaker() != null) {
        boolean right = isSameSpeaker(gold, goldClaim.speaker(), match.speaker(), predicted);
        attribution = attribution.add(right);
        if (!right) {
          String predictedSpeaker = match.speaker() == null ? null : match.speaker().name();
          wrongSpeakers.add(
              mismatch(
                  Mismatch.Type.WRONG_SPEAKER, goldClaim, goldClaim.speaker(), predictedSpeaker));
        }
      }
      if (goldClaim.stance() != null) {
        Stance label = match.stance().label();
        stance = stance.add(goldClaim.stance(), label);
        calibration = calibration.add(match.stance().confidence(), label == goldClaim.stance());
        endToEnd = endToEnd.add(label == goldClaim.stance());
        if (label != goldClaim.stance()) {
          wrongStances.add(
              mismatch(
                  Mismatch.Type.WRONG_STANCE, goldClaim, goldClaim.stance().name(), label.name()));
        }
      }
    }

    List<Mismatch> mismatches = new ArrayList<>(missed);
    for (int p = 0; p < predictedClaims.size(); p++) {
      Claim claim = predictedClaims.get(p);
      if (!predictedMatched[p]) {
        String speaker = claim.speaker() == null ? null : claim.speaker().name();
        mismatches.add(
            new Mismatch(Mismatch.Type.SPURIOUS_CLAIM, claim.kind(), claim.text(), null, speaker));
      }
    }
    mismatches.addAll(wrongSpeakers);
    mismatches.addAll(wrongStances);

    Ratio actorsFound = Ratio.none();
    Ratio actorStance = Ratio.none();
    for (GoldActor goldActor : gold.actors()) {
      Optional<Actor> found = bestActor(goldActor, predicted.actors());
      actorsFound = actorsFound.add(found.isPresent());
      if (found.isEmpty()) {
        mismatches.add(
            new Mismatch(Mismatch.Type.MISSED_ACTOR, null, goldActor.name(), null, null));
      } else if (goldActor.stance() != null) {
        Stance label = found.get().stance().label();
        actorStance = actorStance.add(label == goldActor.stance());
        if (label != goldActor.stance()) {
          mismatches.add(
              new Mismatch(
                  Mismatch.Type.WRONG_ACTOR_STANCE,
                  null,
                  goldActor.name(),
                  goldActor.stance().name(),
                  label.name()));
        }
      }
    }

    return new DocumentScore(
        gold.id(),
        extraction(ClaimKind.DIRECT, goldClaims, predictedClaims, matches),
        extraction(ClaimKind.INDIRECT, goldClaims, predictedClaims, matches),
        attribution,
        stance,
        calibration,
        endToEnd,
        actorsFound,
        actorStance,
        mismatches);
  }

  private static Mismatch mismatch(
      Mismatch.Type type, GoldClaim claim, String expected, String predicted) {
    return new Mismatch(type, claim.kind(), claim.text(), expected, predicted);
  }

  /** Counts for one kind; a match always joins claims of the same kind. */
  private static ExtractionScore extraction(
      ClaimKind kind,
      List<GoldClaim> gold,
      List<Claim> predicted,
      List<ClaimAlignment.Match> matches) {
    int goldCount = (int) gold.stream().filter(c -> c.kind() == kind).count();
    int predictedCount = (int) predicted.stream().filter(c -> c.kind() == kind).count();
    int truePositives =
        (int) matches.stream().filter(m -> gold.get(m.gold()).kind() == kind).count();
    return new ExtractionScore(
        truePositives, predictedCount - truePositives, goldCount - truePositives);
  }

  /**
   * Whether the predicted speaker is the gold speaker: by the name on the attribution, or by any
   * name of the predicted actor it points to, since an analyzer may know more aliases than it puts
   * on each attribution. No speaker is always wrong.
   */
  private static boolean isSameSpeaker(
      GoldDocument gold, String goldSpeaker, Attribution predicted, DebateMap predictedMap) {
    if (predicted == null) {
      return false;
    }
    // GoldDocument guarantees that every claim speaker names one of its actors.
    GoldActor goldActor = gold.actor(goldSpeaker).orElseThrow();
    List<String> names = new ArrayList<>();
    names.add(predicted.name());
    predictedMap.actor(predicted.actorId()).ifPresent(a -> names.addAll(ActorNameMatch.namesOf(a)));
    return ActorNameMatch.of(names, goldActor) != ActorNameMatch.NONE;
  }

  /** The predicted actor that fits best: an exact name before a last name, then map order. */
  private static Optional<Actor> bestActor(GoldActor goldActor, List<Actor> predicted) {
    Actor best = null;
    ActorNameMatch bestMatch = ActorNameMatch.NONE;
    for (Actor actor : predicted) {
      ActorNameMatch match = ActorNameMatch.of(ActorNameMatch.namesOf(actor), goldActor);
      if (match.compareTo(bestMatch) > 0) {
        best = actor;
        bestMatch = match;
      }
    }
    return Optional.ofNullable(best);
  }
}
