package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.aggregation.CorpusAggregator;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.api.DocumentResult;
import io.github.debatestance.core.eval.GoldActor;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus view of the development corpus against its gold actors. Which gold actors are the
 * same across articles is computed from the gold files at run time: two gold actors of different
 * articles are one when their names agree, or one's name is among the other's aliases. Each gold
 * actor is found among the analyzer's actors of its article by the evaluator's rule (a name or
 * alias equal to the gold name or one of its aliases, else the same last word).
 */
class CorpusViewDevTest {

  private static List<GoldDocument> gold;
  private static CorpusMap corpus;
  /** For each article, the corpus actor ids of the analyzer's actors that each gold actor matches. */
  private static Map<String, Map<GoldActor, Set<String>>> matches;

  @BeforeAll
  static void buildCorpusView() throws IOException {
    gold = GoldCorpus.read(SharedCorpus.folder("dev"));
    linkGoldActors();
    CorpusAggregator aggregator = new CorpusAggregator();
    Map<String, DebateMap> maps = new HashMap<>();
    Stream<Document> documents = gold.stream().map(g -> new Document(g.id(), g.text()));
    try (Stream<DocumentResult> results = SharedAnalyzer.get().analyzeAll(documents, 2)) {
      results.forEachOrdered(
          r -> {
            assertThat(r.succeeded()).as("analysis of %s", r.documentId()).isTrue();
            maps.put(r.documentId(), r.map());
            aggregator.add(r.map());
          });
    }
    corpus = aggregator.result();
    Map<String, String> corpusIdOf = new HashMap<>();
    for (CorpusActor a : corpus.actors()) {
      for (ActorAppearance p : a.appearances()) {
        corpusIdOf.put(p.documentId() + "/" + p.localActorId(), a.id());
      }
    }
    matches = new LinkedHashMap<>();
    for (GoldDocument doc : gold) {
      Map<GoldActor, Set<String>> found = new LinkedHashMap<>();
      for (GoldActor g : doc.actors()) {
        Set<String> ids = new TreeSet<>();
        for (Actor a : matching(g, maps.get(doc.id()).actors())) {
          ids.add(corpusIdOf.get(doc.id() + "/" + a.id()));
        }
        found.put(g, ids);
      }
      matches.put(doc.id(), found);
    }
  }

  @Test
  void everyGoldActorOfSeveralArticlesIsOneCorpusActor() {
    Map<String, Map<String, Set<String>>> byIdentity = new TreeMap<>();
    matches.forEach(
        (doc, found) ->
            found.forEach(
                (g, ids) ->
                    byIdentity
                        .computeIfAbsent(identity(g), k -> new TreeMap<>())
                        .put(doc, ids)));
    int severalArticles = 0;
    int foundInSeveral = 0;
    List<String> split = new ArrayList<>();
    for (Map.Entry<String, Map<String, Set<String>>> e : byIdentity.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      severalArticles++;
      Set<String> ids = new TreeSet<>();
      long articlesFound = e.getValue().values().stream().filter(s -> !s.isEmpty()).count();
      e.getValue().values().forEach(ids::addAll);
      if (articlesFound >= 2) {
        foundInSeveral++;
        if (ids.size() != 1) {
          split.add(e.getKey() + " -> " + ids);
        }
      }
    }
    System.out.printf(
        "corpus view, dev: %d gold actors in several articles, %d found by the analyzer in"
            + " several, %d of them merged into exactly one corpus actor%n",
        severalArticles, foundInSeveral, foundInSeveral - split.size());
    assertThat(split).as("gold actors split over several corpus actors").isEmpty();
  }

  @Test
  void noCorpusActorJoinsDifferentGoldActorsOfDifferentArticles() {
    // For each corpus actor, the gold identities it stands for in each article.
    Map<String, Map<String, Set<String>>> byCorpusActor = new TreeMap<>();
    matches.forEach(
        (doc, found) ->
            found.forEach(
                (g, ids) ->
                    ids.forEach(
                        id ->
                            byCorpusActor
                                .computeIfAbsent(id, k -> new TreeMap<>())
                                .computeIfAbsent(doc, k -> new TreeSet<>())
                                .add(identity(g)))));
    List<String> mixed = new ArrayList<>();
    byCorpusActor.forEach(
        (id, perArticle) -> {
          List<Set<String>> sets = new ArrayList<>(perArticle.values());
          for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
              Set<String> common = new HashSet<>(sets.get(i));
              common.retainAll(sets.get(j));
              if (common.isEmpty()) {
                mixed.add(id + " " + corpus.actor(id).orElseThrow().name() + ": " + perArticle);
              }
            }
          }
        });
    assertThat(corpus.documentCount()).isEqualTo(gold.size());
    assertThat(mixed).as("corpus actors that mix different gold actors").isEmpty();
  }

  @Test
  void everyActorOfEveryArticleAppearsInTheCorpusView() {
    int appearances = corpus.actors().stream().mapToInt(a -> a.appearances().size()).sum();
    long goldFound =
        matches.values().stream()
            .flatMap(m -> m.values().stream())
            .filter(ids -> !ids.isEmpty())
            .count();

    assertThat(appearances).isGreaterThanOrEqualTo((int) goldFound);
    assertThat(corpus.actors()).allSatisfy(a -> assertThat(a.appearances()).isNotEmpty());
  }

  /** The gold actor's identity across articles, as the sorted names of everyone it is linked to. */
  private static String identity(GoldActor g) {
    return identities.get(g);
  }

  private static Map<GoldActor, String> identities;

  /**
   * Links gold actors of the whole corpus: equal names, or the name of one among the aliases of
   * the other ("Northwind" and "Northwind Labs" with the alias "Northwind").
   */
  private static void linkGoldActors() {
    List<GoldActor> all = new ArrayList<>();
    gold.forEach(d -> all.addAll(d.actors()));
    int[] parent = new int[all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (linked(all.get(i), all.get(j)) || linked(all.get(j), all.get(i))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, Set<String>> names = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      names.computeIfAbsent(root(parent, i), k -> new TreeSet<>()).add(normalise(all.get(i).name()));
    }
    identities = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      identities.put(all.get(i), String.join(" = ", names.get(root(parent, i))));
    }
  }

  private static boolean linked(GoldActor a, GoldActor b) {
    String name = normalise(a.name());
    return name.equals(normalise(b.name()))
        || b.aliases().stream().anyMatch(alias -> normalise(alias).equals(name));
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  private static List<Actor> matching(GoldActor g, List<Actor> predicted) {
    Set<String> goldNames = new HashSet<>();
    goldNames.add(normalise(g.name()));
    g.aliases().forEach(a -> goldNames.add(normalise(a)));
    List<Actor> exact = new ArrayList<>();
    List<Actor> lastName = new ArrayList<>();
    String goldLast = lastWord(normalise(g.name()));
    for (Actor a : predicted) {
      List<String> names = new ArrayList<>(a.aliases());
      names.add(a.name());
      if (names.stream().anyMatch(n -> goldNames.contains(normalise(n)))) {
        exact.add(a);
      } else if (lastWord(normalise(a.name())).equals(goldLast)) {
        lastName.add(a);
      }
    }
    return exact.isEmpty() ? lastName : exact;
  }

  private static String normalise(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace('\u2019', '\'')
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}' -]+", " ").strip().replaceAll("\\s+", " ");
  }

  private static String lastWord(String normalised) {
    int space = normalised.lastIndexOf(' ');
    return space < 0 ? normalised : normalised.substring(space + 1);
  }
}
