package io.github.debatestance.examples;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.aggregation.Camps;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.StanceAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link DebateMap} as plain text for a person to read: a header, the camps the actors
 * fall into, then each actor with their overall stance and their claims, the relations between
 * actors with their evidence, and the claims nobody is named for. For machines, use the JSON form
 * ({@code DebateMapJson}) instead; this layout may change between versions.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextReport {

  /** Claim texts longer than this are cut at a word boundary, so one claim stays a few lines. */
  static final int MAX_CLAIM_CHARS = 160;

  private static final int WRAP_WIDTH = 100;
  private static final String ACTOR_FIELD_INDENT = "  ";
  private static final String CLAIM_INDENT = "    ";
  private static final String CLAIM_TEXT_INDENT = "      ";
  // Widths of the longest ClaimKind and Stance names, so that the columns line up.
  private static final int KIND_WIDTH = "INDIRECT".length();
  private static final int STANCE_WIDTH = "PRO_SAFETY_CLOSED".length();

  private TextReport() {}

  /** The map as text, ending with a line break. */
  public static String render(DebateMap map) {
    requireNonNull(map, "map");
    StringBuilder out = new StringBuilder();
    appendHeader(map, out);
    List<Camp> camps = Camps.of(map);
    if (!camps.isEmpty()) {
      out.append('\n').append("Camps\n");
      for (Camp camp : camps) {
        appendCamp(map, camp, out);
      }
    }
    for (Actor actor : map.actors()) {
      out.append('\n');
      appendActor(actor, map.claimsBy(actor.id()), out);
    }
    if (!map.relations().isEmpty()) {
      long inferred = map.relations().stream().filter(Relation::inferred).count();
      out.append('\n')
          .append("Relations (")
          .append(map.relations().size() - inferred)
          .append(" stated, ")
          .append(inferred)
          .append(" inferred)\n");
      for (Relation relation : map.relations()) {
        appendRelation(map, relation, out);
      }
    }
    List<Claim> unattributed = map.claims().stream().filter(c -> c.speaker() == null).toList();
    if (!unattributed.isEmpty()) {
      out.append('\n').append("Unattributed claims (").append(unattributed.size()).append(")\n");
      for (Claim claim : unattributed) {
        appendClaim(claim, out);
      }
    }
    return out.toString();
  }

  private static void appendHeader(DebateMap map, StringBuilder out) {
    String title = "Debate map: " + map.documentId();
    out.append(title).append('\n').append("=".repeat(title.length())).append('\n');
    long attributed = map.claims().stream().filter(c -> c.speaker() != null).count();
    out.append(count(map.actors().size(), "actor"))
        .append(", ")
        .append(count(map.claims().size(), "claim"))
        .append(" (")
        .append(attributed)
        .append(" attributed, ")
        .append(map.claims().size() - attributed)
        .append(" unattributed)\n");
  }

  /** One line a camp, "PRO_OPEN_SOURCE    2 actors, 3 claims, mean 0.81: A, B", wrapped. */
  private static void appendCamp(DebateMap map, Camp camp, StringBuilder out) {
    String head =
        ACTOR_FIELD_INDENT
            + pad(camp.stance().name(), STANCE_WIDTH + 2)
            + count(camp.actorIds().size(), "actor")
            + ", "
            + count(camp.claimCount(), "claim")
            + ", mean "
            + confidence(camp.meanConfidence())
            + ": ";
    // Lines break between names, never inside one.
    StringBuilder line = new StringBuilder(head);
    List<String> ids = camp.actorIds();
    for (int i = 0; i < ids.size(); i++) {
      String item = name(map, ids.get(i)) + (i + 1 < ids.size() ? "," : "");
      if (line.length() > head.length() && line.length() + 1 + item.length() > WRAP_WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(" ".repeat(head.length()));
      } else if (line.length() > head.length()) {
        line.append(' ');
      }
      line.append(item);
    }
    out.append(line).append('\n');
  }

  /**
   * A relation as "source TYPE target  confidence  stated|inferred", then its evidence: the
   * document's words in quotation marks for a stated relation, the basis in words for an inferred
   * one.
   */
  private static void appendRelation(DebateMap map, Relation relation, StringBuilder out) {
    out.append(ACTOR_FIELD_INDENT)
        .append(name(map, relation.sourceActorId()))
        .append(' ')
        .append(relation.type().name())
        .append(' ')
        .append(name(map, relation.targetActorId()))
        .append("  ")
        .append(confidence(relation.confidence()))
        .append("  ")
        .append(relation.inferred() ? "inferred" : "stated")
        .append('\n');
    String evidence = abbreviate(relation.evidence(), MAX_CLAIM_CHARS);
    if (!relation.inferred()) {
      evidence = '"' + evidence + '"';
    }
    for (String wrapped : wrap(evidence, WRAP_WIDTH - CLAIM_TEXT_INDENT.length())) {
      out.append(CLAIM_TEXT_INDENT).append(wrapped).append('\n');
    }
  }

  private static String name(DebateMap map, String actorId) {
    return map.actor(actorId).map(Actor::name).orElse(actorId);
  }

  private static void appendActor(Actor actor, List<Claim> claims, StringBuilder out) {
    out.append(actor.name())
        .append("  (")
        .append(actor.type().name().toLowerCase(Locale.ROOT))
        .append(")\n");
    // Empty fields are left out rather than printed as "none": they are common and only add noise.
    if (!actor.roles().isEmpty()) {
      appendField("roles", String.join("; ", actor.roles()), out);
    }
    if (!actor.aliases().isEmpty()) {
      appendField("aliases", String.join(", ", actor.aliases()), out);
    }
    appendField("stance", label(actor.stance()), out);
    appendField("claims", Integer.toString(claims.size()), out);
    for (Claim claim : claims) {
      appendClaim(claim, out);
    }
  }

  private static void appendField(String name, String value, StringBuilder out) {
    out.append(ACTOR_FIELD_INDENT).append(pad(name + ":", 9)).append(value).append('\n');
  }

  private static void appendClaim(Claim claim, StringBuilder out) {
    StanceAssessment stance = claim.stance();
    StringBuilder line = new StringBuilder(CLAIM_INDENT)
        .append(pad(claim.kind().name(), KIND_WIDTH + 2))
        .append(pad(stance.label().name(), STANCE_WIDTH + 2))
        .append(confidence(stance.confidence()));
    if (!stance.evidence().isEmpty()) {
      line.append("  [").append(String.join(", ", stance.evidence())).append(']');
    }
    out.append(line).append('\n');
    String text = abbreviate(claim.text(), MAX_CLAIM_CHARS);
    if (claim.kind() == ClaimKind.DIRECT) {
      text = '"' + text + '"';
    }
    for (String wrapped : wrap(text, WRAP_WIDTH - CLAIM_TEXT_INDENT.length())) {
      out.append(CLAIM_TEXT_INDENT).append(wrapped).append('\n');
    }
  }

  /**
   * The text on one line, with runs of white space folded (multi-paragraph quotations contain line
   * breaks), cut at a word boundary to at most {@code max} characters, "..." included.
   */
  static String abbreviate(String text, int max) {
    String folded = text.strip().replaceAll("\\s+", " ");
    if (folded.length() <= max) {
      return folded;
    }
    int limit = max - 3;
    int cut = folded.lastIndexOf(' ', limit);
    // A single very long word has no boundary to cut at; cut it mid-word instead.
    if (cut < limit / 2) {
      cut = limit;
    }
    return folded.substring(0, cut).stripTrailing() + "...";
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String label(StanceAssessment stance) {
    return stance.label().name() + "  " + confidence(stance.confidence());
  }

  private static String confidence(double p) {
    return String.format(Locale.ROOT, "%.2f", p);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
