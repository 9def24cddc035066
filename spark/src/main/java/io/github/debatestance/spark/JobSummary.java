package io.github.debatestance.spark;

/**
 * What one run of {@link DebateJob} produced, counted in rows of its tables.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles articles read, analysed or not
 * @param failed articles that could not be analysed (the rows of the failures table)
 * @param claims rows of the claims table
 * @param actors rows of the actors table
 * @param corpusActors rows of the corpus actors table
 */
public record JobSummary(long articles, long failed, long claims, long actors, long corpusActors) {

  /** One line for a person: {@code "analysed 4 articles (0 failed): 21 claims, 9 actors, ..."}. */
  public String describe() {
    return "analysed " + articles + " article(s) (" + failed + " failed): " + claims + " claim(s), "
        + actors + " actor(s), " + corpusActors + " corpus actor(s)";
  }
}
