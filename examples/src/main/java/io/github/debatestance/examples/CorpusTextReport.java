package io.github.debatestance.examples;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.CorpusRelation;
import io.github.debatestance.core.model.SourcedClaim;
import io.github.debatestance.core.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link CorpusMap} as plain text for a person to read: the camps with their strength,
 * then each actor with their corpus stance, their claims per stance, the documents they speak in
 * and their stance over time, then the relations between actors with one piece of evidence each.
 * For machines, use {@code CorpusMapJson}; this layout may change between versions.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorpusTextReport {

  /** How many of an actor's documents are listed one by one; the rest are counted. */
  static final int MAX_LISTED_DOCUMENTS = 5;

  /** How many camp members are named; the rest are counted. */
  static final int MAX_NAMED_MEMBERS = 8;

  private static final int MAX_CLAIM_CHARS = 140;
  private static final String INDENT = "  ";

  private CorpusTextReport() {}

  /** The corpus map as text, ending with a line break. */
  public static String render(CorpusMap map) {
    requireNonNull(map, "map");
    Map<String, String> names = new HashMap<>();
    map.actors().forEach(a -> names.put(a.id(), a.name()));
    StringBuilder out = new StringBuilder();
    String title =
        "Corpus view: "
            + count(map.documentCount(), "document")
            + ", "
            + count(map.claimCount(), "claim")
            + ", "
            + count(map.actors().size(), "actor");
    out.append(title).append('\n').append("=".repeat(title.length())).append('\n');
    appendCamps(map, names, out);
    appendActors(map, out);
    appendRelations(map, names, out);
    return out.toString();
  }

  private static void appendCamps(CorpusMap map, Map<String, String> names, StringBuilder out) {
    out.append("\nCamps\n");
    if (map.camps().isEmpty()) {
      out.append(INDENT).append("none\n");
    }
    for (Camp camp : map.camps()) {
      out.append(INDENT)
          .append(pad(camp.stance().name(), 19))
          .append("strength ")
          .append(decimal(camp.strength()))
          .append("  (")
          .append(count(camp.actorIds().size(), "actor"))
          .append(", ")
          .append(count(camp.claimCount(), "claim"))
          .append(" on this side, mean confidence ")
          .append(decimal(camp.meanConfidence()))
          .append(")\n");
      List<String> members = new ArrayList<>();
      for (String id : camp.actorIds()) {
        if (members.size() == MAX_NAMED_MEMBERS) {
          members.add("and " + (camp.actorIds().size() - MAX_NAMED_MEMBERS) + " more");
          break;
        }
        members.add(names.getOrDefault(id, id));
      }
      out.append(INDENT).append(INDENT).append(String.join(", ", members)).append('\n');
    }
  }

  private static void appendActors(CorpusMap map, StringBuilder out) {
    out.append("\nActors, most claims first\n");
    for (CorpusActor actor : map.actors()) {
      out.append('\n')
          .append(actor.name())
          .append("  (")
          .append(actor.type().name().toLowerCase(Locale.ROOT))
          .append(", ")
          .append(actor.id())
          .append(")\n");
      if (!actor.aliases().isEmpty()) {
        field("aliases", String.join(", ", actor.aliases()), out);
      }
      if (!actor.roles().isEmpty()) {
        field("roles", String.join("; ", actor.roles()), out);
      }
      field(
          "stance",
          actor.stance().label().name() + "  " + decimal(actor.stance().confidence()),
          out);
      long documents =
          actor.appearances().stream().map(ActorAppearance::documentId).distinct().count();
      field(
          "claims",
          actor.claimCount()
              + " in "
              + count(documents, "document")
              + "  ("
              + stanceCounts(actor)
              + ")",
          out);
      appendAppearances(actor, out);
      appendTimeline(actor, out);
      if (!actor.keyClaims().isEmpty()) {
        SourcedClaim key = actor.keyClaims().get(0);
        field(
            "key claim",
            "\""
                + TextReport.abbreviate(key.claim().text(), MAX_CLAIM_CHARS)
                + "\"  ("
                + key.claim().stance().label().name()
                + ", "
                + key.documentId()
                + ")",
            out);
      }
    }
  }

  private static void appendAppearances(CorpusActor actor, StringBuilder out) {
    List<ActorAppearance> appearances = actor.appearances();
    for (int i = 0; i < appearances.size() && i < MAX_LISTED_DOCUMENTS; i++) {
      ActorAppearance a = appearances.get(i);
      String date = a.date() == null ? "" : a.date() + " ";
      field(
          i == 0 ? "documents" : "",
          date
              + a.documentId()
              + ": "
              + a.stance().label().name()
              + " ("
              + count(a.claimCount(), "claim")
              + ")",
          out);
    }
    if (appearances.size() > MAX_LISTED_DOCUMENTS) {
      field("", "and " + (appearances.size() - MAX_LISTED_DOCUMENTS) + " more", out);
    }
  }

  /** The stance over time, as runs of dates with the same stance. */
  private static void appendTimeline(CorpusActor actor, StringBuilder out) {
    Map<LocalDate, Stance> timeline = actor.timeline();
    if (timeline.size() < 2) {
      return;
    }
    List<String> runs = new ArrayList<>();
    LocalDate runStart = null;
    LocalDate runEnd = null;
    Stance runStance = null;
    for (Map.Entry<LocalDate, Stance> e : timeline.entrySet()) {
      if (e.getValue() != runStance) {
        if (runStance != null) {
          runs.add(run(runStance, runStart, runEnd));
        }
        runStart = e.getKey();
        runStance = e.getValue();
      }
      runEnd = e.getKey();
    }
    runs.add(run(runStance, runStart, runEnd));
    field("over time", String.join(", then ", runs), out);
  }

  private static String run(Stance stance, LocalDate start, LocalDate end) {
    return stance.name() + " " + (start.equals(end) ? start.toString() : start + " to " + end);
  }

  private static void appendRelations(CorpusMap map, Map<String, String> names, StringBuilder out) {
    out.append("\nRelations, stated first\n");
    if (map.relations().isEmpty()) {
      out.append(INDENT).append("none\n");
    }
    for (CorpusRelation r : map.relations()) {
      out.append(INDENT)
          .append(names.getOrDefault(r.sourceActorId(), r.sourceActorId()))
          .append(' ')
          .append(r.type().name())
          .append(' ')
          .append(names.getOrDefault(r.targetActorId(), r.targetActorId()))
          .append("  (stated ")
          .append(r.statedCount())
          .append(", inferred ")
          .append(r.inferredCount())
          .append(", in ")
          .append(count(r.documentIds().size(), "document"))
          .append(")\n");
      if (!r.evidence().isEmpty()) {
        out.append(INDENT)
            .append(INDENT)
            .append('"')
            .append(TextReport.abbreviate(r.evidence().get(0), MAX_CLAIM_CHARS))
            .append("\"\n");
      }
    }
  }

  private static String stanceCounts(CorpusActor actor) {
    List<String> parts = new ArrayList<>();
    for (Stance s : Stance.values()) {
      parts.add(s.name() + " " + actor.stanceCounts().get(s));
    }
    return String.join(", ", parts);
  }

  private static void field(String name, String value, StringBuilder out) {
    out.append(INDENT).append(pad(name.isEmpty() ? "" : name + ":", 11)).append(value).append('\n');
  }

  private static String decimal(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
