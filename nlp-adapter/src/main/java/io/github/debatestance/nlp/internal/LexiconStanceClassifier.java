package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.spi.StanceClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first stance classifier: weighted terms for each side of the debate, with a negation shortly
 * before a term turning it to the other side. The score's margin becomes a probability through a
 * logistic curve; a small margin is NEUTRAL.
 *
 * <p>Immutable and thread-safe.
 */
public final class LexiconStanceClassifier implements StanceClassifier {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*");
  private static final int NEGATION_WINDOW = 3;
  private static final double NEUTRAL_MARGIN = 0.5;

  private record Term(List<String> words, boolean open, double weight) {}

  private final List<Term> terms = new ArrayList<>();
  private final Lexicon negators;

  public LexiconStanceClassifier(Lexicon lexicon, Lexicon negators) {
    for (String key : lexicon.keys()) {
      List<String> values = lexicon.values(key);
      terms.add(
          new Term(
              List.of(key.split(" ")),
              values.get(0).equals("OPEN"),
              Double.parseDouble(values.get(1))));
    }
    // Longer phrases first, so that "open weights" wins over a shorter term inside it.
    terms.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    this.negators = negators;
  }

  @Override
  public StanceAssessment classify(String claimText) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(claimText.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    while (m.find()) {
      words.add(m.group());
    }
    double open = 0;
    double closed = 0;
    List<String> openEvidence = new ArrayList<>();
    List<String> closedEvidence = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Term term : terms) {
        if (!matchesAt(words, i, term.words())) {
          continue;
        }
        boolean toOpen = term.open() != negated(words, i);
        String phrase = String.join(" ", words.subList(i, i + term.words().size()));
        if (toOpen) {
          open += term.weight();
          addOnce(openEvidence, phrase);
        } else {
          closed += term.weight();
          addOnce(closedEvidence, phrase);
        }
        break;
      }
    }
    double margin = open - closed;
    if (Math.abs(margin) < NEUTRAL_MARGIN) {
      double confidence = 1.0 / (1.0 + Math.exp(Math.abs(margin) * 2 - 1));
      List<String> evidence = new ArrayList<>(openEvidence);
      evidence.addAll(closedEvidence);
      return new StanceAssessment(Stance.NEUTRAL, Math.max(0.34, confidence), evidence);
    }
    double confidence = 1.0 / (1.0 + Math.exp(-Math.abs(margin)));
    return margin > 0
        ? new StanceAssessment(Stance.PRO_OPEN_SOURCE, confidence, openEvidence)
        : new StanceAssessment(Stance.PRO_SAFETY_CLOSED, confidence, closedEvidence);
  }

  private static boolean matchesAt(List<String> words, int i, List<String> term) {
    if (i + term.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < term.size(); k++) {
      String t = term.get(k);
      String w = words.get(i + k);
      boolean ok = t.endsWith("*") ? w.startsWith(t.substring(0, t.length() - 1)) : w.equals(t);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean negated(List<String> words, int i) {
    for (int k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) {
      String w = words.get(k);
      if (negators.contains(w) || w.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }
}
