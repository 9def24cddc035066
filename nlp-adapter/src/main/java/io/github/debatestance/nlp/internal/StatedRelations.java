package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the relation drafts of a whole document into the map's stated relations.
 *
 * <p>A relation links two actors of the map, that is two actors the document quotes or cites: a
 * draft whose source or target only the text mentions is dropped, since the map has no place for
 * an actor with nothing said. A draft without a target ("Osei responded swiftly") answers the
 * most recent other actor quoted or cited before the cue: the speaker of the last claim before it
 * whose speaker is not the source, if that claim stands in the cue's paragraph or one of the
 * {@value #MAX_PARAGRAPHS_BACK} before it. That is the one rule for responses that name nobody;
 * further back, the response more likely answers a question the text does not quote. A relation
 * rests on the source's claims in the cue's sentence and the next. Relations keep document order;
 * one sentence gives one relation per source, target and type.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatedRelations {

  /** How many paragraphs before its own a response without a target looks for whom it answers. */
  static final int MAX_PARAGRAPHS_BACK = 3;

  private StatedRelations() {}

  /**
   * The stated relations of a document.
   *
   * @param text the document's text
   * @param claims the map's claims, in document order
   * @param idsByKey the map's actor ids by the canonical keys of their drafts
   * @param drafts the relation drafts of every chunk
   */
  public static List<Relation> of(
      String text, List<Claim> claims, Map<String, String> idsByKey, List<RelationDraft> drafts) {
    List<RelationDraft> ordered = new ArrayList<>(drafts);
    ordered.sort(
        Comparator.comparingInt((RelationDraft r) -> r.evidence().begin())
            .thenComparingInt(RelationDraft::cue));
    record Key(String source, String target, RelationType type, TextSpan span) {}
    Set<Key> seen = new HashSet<>();
    List<Relation> result = new ArrayList<>();
    for (RelationDraft draft : ordered) {
      String source = idsByKey.get(draft.sourceKey());
      if (source == null) {
        continue;
      }
      String target =
          draft.answersPrevious()
              ? lastOtherSpeaker(text, claims, draft.cue(), source)
              : idsByKey.get(draft.targetKey());
      if (target == null
          || target.equals(source)
          || !seen.add(new Key(source, target, draft.type(), draft.evidence()))) {
        continue;
      }
      List<String> claimIds =
          claims.stream()
              .filter(c -> c.speaker() != null && c.speaker().actorId().equals(source))
              .filter(c -> c.span().begin() >= draft.claimWindow().begin()
                  && c.span().begin() < draft.claimWindow().end())
              .map(Claim::id)
              .toList();
      result.add(
          new Relation(
              source,
              target,
              draft.type(),
              false,
              draft.evidence().of(text),
              draft.evidence(),
              claimIds,
              draft.confidence()));
    }
    return result;
  }

  /**
   * The actor of the last claim that begins before the offset and is spoken by someone other than
   * {@code source}, or null if there is none or it stands more than {@value #MAX_PARAGRAPHS_BACK}
   * paragraphs back.
   */
  static String lastOtherSpeaker(String text, List<Claim> claims, int offset, String source) {
    Claim found = null;
    for (Claim c : claims) {
      if (c.span().begin() >= offset) {
        break;
      }
      if (c.speaker() != null && !c.speaker().actorId().equals(source)) {
        found = c;
      }
    }
    if (found == null
        || paragraphBreaks(text, found.span().begin(), offset) > MAX_PARAGRAPHS_BACK) {
      return null;
    }
    return found.speaker().actorId();
  }

  /**
   * How many paragraph breaks stand between two offsets: runs of white space with a line break in
   * them, so that a text with one line a paragraph counts as one with blank lines between.
   */
  static int paragraphBreaks(String text, int from, int to) {
    int breaks = 0;
    boolean inBreak = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (!inBreak) {
          breaks++;
        }
        inBreak = true;
      } else if (!Character.isWhitespace(c)) {
        inBreak = false;
      }
    }
    return breaks;
  }
}
