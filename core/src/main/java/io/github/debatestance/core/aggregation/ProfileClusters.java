package io.github.debatestance.core.aggregation;

import io.github.debatestance.core.model.ActorType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which name profiles of a corpus stand for the same actor, by the rules that {@link
 * CorpusAggregator} documents. It works on the whole set of profiles at once, sorted by key, so
 * the outcome depends on which names the corpus holds, not on the order it was read in.
 *
 * <p>Single use and not thread-safe.
 */
final class ProfileClusters {

  /** Role words this short ("of", "the", "at") say nothing about who holds the role. */
  private static final int MIN_ROLE_WORD = 4;

  private final List<ActorProfile> profiles;
  private final int[] parent;

  /** @param profiles every profile of the corpus, sorted by key */
  ProfileClusters(List<ActorProfile> profiles) {
    this.profiles = List.copyOf(profiles);
    this.parent = new int[profiles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    joinPersonNameVariants();
    joinShortNamesAliasesAndRoles();
  }

  /** The cluster of profile {@code i}, as the index of one of its members. */
  int clusterOf(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = clusterOf(a);
    int rb = clusterOf(b);
    if (ra != rb) {
      // The lower index stays the root, so that roots do not depend on the order of unions.
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /**
   * Full names of people that fit each other ("Ada B. Quill", "Ada Quill", "A. Quill"): most
   * specific first, each name joins the one group whose every name it fits, and starts a group of
   * its own when it fits none or several ("J. Quill" beside "Jon Quill" and "Jan Quill").
   */
  private void joinPersonNameVariants() {
    Map<String, List<Integer>> bySurname = new LinkedHashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      ActorProfile p = profiles.get(i);
      if (p.type() == ActorType.PERSON && !p.name().isOneWord() && !p.isLocal()) {
        bySurname.computeIfAbsent(p.name().last(), k -> new ArrayList<>()).add(i);
      }
    }
    Comparator<Integer> mostSpecificFirst =
        Comparator.<Integer>comparingInt(i -> -profiles.get(i).name().given().size())
            .thenComparingInt(i -> profiles.get(i).name().initials())
            .thenComparing(i -> profiles.get(i).key());
    for (List<Integer> group : bySurname.values()) {
      group.sort(mostSpecificFirst);
      List<List<Integer>> clusters = new ArrayList<>();
      for (int i : group) {
        ActorName name = profiles.get(i).name();
        List<List<Integer>> fitting = new ArrayList<>();
        for (List<Integer> cluster : clusters) {
          if (cluster.stream().allMatch(j -> profiles.get(j).name().fitsPerson(name))) {
            fitting.add(cluster);
          }
        }
        if (fitting.size() == 1) {
          fitting.get(0).add(i);
          union(fitting.get(0).get(0), i);
        } else {
          List<Integer> fresh = new ArrayList<>();
          fresh.add(i);
          clusters.add(fresh);
        }
      }
    }
  }

  /**
   * A one-word name joins the single group it can be short for: a person's surname, an
   * organisation's first word before designators ("Pellucid" for "Pellucid AI"). Any name joins the
   * single group that a document gave it as an alias, or whose role it is ("the Brightwater chief").
   * When several groups fit, the roles break the tie if they point to one of them; otherwise the
   * name stays on its own. Every decision is taken against the groups of full names, before any
   * short name joins, so that one short name cannot change where another goes.
   */
  private void joinShortNamesAliasesAndRoles() {
    // Indexes of the groups as they stand after the full names were joined.
    Map<String, Set<Integer>> surnameOwners = new HashMap<>();
    Map<String, Set<Integer>> shortFormOwners = new HashMap<>();
    Map<String, Set<Integer>> aliasOwners = new HashMap<>();
    Map<String, Set<Integer>> roleOwners = new HashMap<>();
    Map<Integer, Set<ActorType>> sureTypes = new HashMap<>();
    Map<Integer, Set<String>> roleWords = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      ActorProfile p = profiles.get(i);
      if (p.isLocal()) {
        continue;
      }
      ActorName n = p.name();
      int cluster = clusterOf(i);
      if (!n.isOneWord() && p.type() == ActorType.PERSON && n.suffix() == null) {
        surnameOwners.computeIfAbsent(n.last(), k -> new TreeSet<>()).add(cluster);
      }
      if (!n.isOneWord()
          && p.type() == ActorType.ORGANIZATION
          && n.extendsWithDesignators(n.words().get(0))) {
        shortFormOwners.computeIfAbsent(n.words().get(0), k -> new TreeSet<>()).add(cluster);
      }
      for (String alias : p.aliases().keySet()) {
        if (!alias.equals(p.name().key()) && isTrustedAlias(p, alias)) {
          aliasOwners.computeIfAbsent(alias, k -> new TreeSet<>()).add(cluster);
        }
      }
      for (String role : p.roles()) {
        ActorName roleName = ActorName.of(role, ActorType.ORGANIZATION);
        // A one-word role is an affiliation ("OpenAI"), not a description that names someone.
        if (!roleName.isOneWord()) {
          roleOwners.computeIfAbsent(roleName.key(), k -> new TreeSet<>()).add(cluster);
        }
      }
      if (!p.typeUnsure()) {
        sureTypes.computeIfAbsent(cluster, k -> new HashSet<>()).add(p.type());
      }
      roleWords.computeIfAbsent(cluster, k -> new HashSet<>()).addAll(roleWordsOf(p.roles()));
    }
    List<int[]> joins = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      ActorProfile p = profiles.get(i);
      if (p.isLocal()) {
        continue;
      }
      Set<Integer> candidates = new TreeSet<>();
      if (p.name().isOneWord()) {
        String word = p.name().last();
        if (p.type() == ActorType.PERSON || p.typeUnsure()) {
          candidates.addAll(surnameOwners.getOrDefault(word, Set.of()));
        }
        if (p.type() == ActorType.ORGANIZATION || p.typeUnsure()) {
          candidates.addAll(shortFormOwners.getOrDefault(word, Set.of()));
        }
      }
      candidates.addAll(aliasOwners.getOrDefault(p.name().key(), Set.of()));
      candidates.addAll(roleOwners.getOrDefault(p.name().key(), Set.of()));
      candidates.remove(clusterOf(i));
      // The same type is required, unless this name's type is in doubt.
      candidates.removeIf(
          c -> !p.typeUnsure() && sureTypes.getOrDefault(c, Set.of()).stream()
              .anyMatch(t -> t != p.type()));
      if (candidates.size() > 1) {
        Set<String> words = roleWordsOf(p.roles());
        candidates.removeIf(c -> roleWords.get(c).stream().noneMatch(words::contains));
      }
      if (candidates.size() == 1) {
        joins.add(new int[] {i, candidates.iterator().next()});
      }
    }
    for (int[] join : joins) {
      union(join[0], join[1]);
    }
  }

  /**
   * Whether an alias that a document gave may pull other documents' names to {@code p}. One word
   * of the name itself ("Liberal" for "Liberal Youth Coalition") is only trusted where it
   * is the short form the name rules accept: a person's surname, or an organisation's first word
   * before designators. Other aliases, such as an acronym or a name that is not part of the full
   * one, are trusted as the document gave them.
   */
  private static boolean isTrustedAlias(ActorProfile p, String alias) {
    ActorName name = p.name();
    if (!name.words().contains(alias)) {
      return true;
    }
    return p.type() == ActorType.PERSON
        ? alias.equals(name.last()) && !name.isOneWord()
        : name.extendsWithDesignators(alias);
  }

  private static Set<String> roleWordsOf(Iterable<String> roles) {
    Set<String> words = new HashSet<>();
    for (String role : roles) {
      for (String w : ActorName.fold(role).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() >= MIN_ROLE_WORD) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }
}
