package io.github.debatestance.nlp.internal;

/**
 * What a sieve found for one claim: the words that point to the speaker, the cue that ties them to
 * the claim, and how much the sieve trusts the pattern.
 *
 * @param mention the speaker's mention, or null when the claim takes its speaker from another claim
 * @param inheritedFrom the claim whose speaker this one shares, or -1
 * @param cue the cue word, or null
 * @param confidence how often the sieve's pattern names the right speaker, in [0, 1]
 */
public record SpeakerEvidence(Mention mention, int inheritedFrom, String cue, double confidence) {

  static SpeakerEvidence of(Mention mention, String cue, double confidence) {
    return new SpeakerEvidence(mention, -1, cue, confidence);
  }

  static SpeakerEvidence sameAs(int claim, String cue, double confidence) {
    return new SpeakerEvidence(null, claim, cue, confidence);
  }
}
