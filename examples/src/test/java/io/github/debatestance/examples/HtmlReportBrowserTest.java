package io.github.debatestance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.debatestance.core.aggregation.CorpusAggregator;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.report.HtmlReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of a real analysis in headless Chromium: the browser's DOM must hold every
 * actor and claim, and a screenshot must show the page, its stance colours included. The
 * screenshots stay in target/ for a person to look at. Skipped when no Chromium is on the PATH.
 */
class HtmlReportBrowserTest {

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2000;
  // The solid colours of the report's balance bar (report.css): a page that rendered shows them.
  private static final Map<Stance, Integer> STANCE_RGB =
      Map.of(
          Stance.PRO_OPEN_SOURCE, 0x1f6fb2,
          Stance.NEUTRAL, 0x6b7280,
          Stance.PRO_SAFETY_CLOSED, 0xc2571a);

  private static HeadlessChromium chromium;

  @TempDir Path work;

  @BeforeAll
  static void findChromium() {
    chromium = HeadlessChromium.find().orElse(null);
    assumeTrue(
        chromium != null,
        "no chromium or chromium-browser on the PATH; skipping the browser test"
            + " (Debian: apt-get install chromium)");
  }

  @Test
  void sampleReportShowsEveryActorAndClaimInTheBrowser() throws Exception {
    DebateMap map = SharedSampleAnalysis.sampleMap();
    String html = HtmlReport.standard().render(map, SampleAnalysis.sampleText());
    Path page = Files.writeString(work.resolve("report.html"), html, StandardCharsets.UTF_8);

    String dom = chromium.dumpDom(page, work);

    String seen = visibleText(dom);
    assertThat(map.actors()).isNotEmpty();
    assertThat(map.claims()).isNotEmpty();
    for (Actor a : map.actors()) {
      assertThat(seen).contains(a.name());
    }
    for (Claim c : map.claims()) {
      assertThat(seen).contains(folded(c.text()));
    }
    // The browser built the chart: one dot per actor in the parsed SVG.
    assertThat(count(dom, "<circle class=\"dot ")).isEqualTo(map.actors().size());

    Path png = screenshot(page, Path.of("target", "report-screenshot.png"));
    Files.writeString(Path.of("target", "report-sample.html"), html, StandardCharsets.UTF_8);
    Set<Stance> claimed = EnumSet.noneOf(Stance.class);
    map.claims().forEach(c -> claimed.add(c.stance().label()));
    assertShowsPage(png, claimed);
  }

  @Test
  void corpusReportOfRealAnalysesShowsEveryActorInTheBrowser() throws Exception {
    List<Path> articles = devArticles(5);
    assumeTrue(
        articles.size() == 5,
        "needs five articles of the development corpus in ../shared/corpus/dev beside the"
            + " project, which is absent here");
    CorpusAggregator aggregator = new CorpusAggregator();
    aggregator.add(SharedSampleAnalysis.sampleMap());
    for (Path article : articles) {
      String id = article.getFileName().toString().replace(".txt", "");
      String text = Files.readString(article, StandardCharsets.UTF_8);
      aggregator.add(SharedSampleAnalysis.analyzer().analyze(new Document(id, text)));
    }
    CorpusMap corpus = aggregator.result();
    String html = HtmlReport.standard().render(corpus);
    Path page = Files.writeString(work.resolve("corpus.html"), html, StandardCharsets.UTF_8);

    String seen = visibleText(chromium.dumpDom(page, work));

    assertThat(corpus.documentCount()).isEqualTo(6);
    assertThat(seen).contains(corpus.documentCount() + " documents");
    for (CorpusActor a : corpus.actors()) {
      assertThat(seen).contains(a.name());
    }
    Path png = screenshot(page, Path.of("target", "report-corpus-screenshot.png"));
    Files.writeString(Path.of("target", "report-corpus.html"), html, StandardCharsets.UTF_8);
    Set<Stance> claimed = EnumSet.noneOf(Stance.class);
    for (CorpusActor a : corpus.actors()) {
      a.stanceCounts().forEach((s, n) -> {
        if (n > 0) {
          claimed.add(s);
        }
      });
    }
    assertShowsPage(png, claimed);
  }

  private Path screenshot(Path page, Path keep) throws IOException, InterruptedException {
    Path png = work.resolve("shot.png");
    chromium.screenshot(page, png, WIDTH, HEIGHT, work);
    assertThat(png).exists();
    Files.createDirectories(keep.toAbsolutePath().getParent());
    Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return png;
  }

  /** The PNG is the whole window, not blank, and shows the colour of every stance claimed. */
  private static void assertShowsPage(Path png, Set<Stance> claimed) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    Set<Integer> colours = new HashSet<>();
    int[] stancePixels = new int[Stance.values().length];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        for (Map.Entry<Stance, Integer> e : STANCE_RGB.entrySet()) {
          if (close(rgb, e.getValue())) {
            stancePixels[e.getKey().ordinal()]++;
          }
        }
      }
    }
    assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(100);
    for (Stance s : claimed) {
      assertThat(stancePixels[s.ordinal()]).as("pixels in the colour of %s", s).isGreaterThan(200);
    }
  }

  private static boolean close(int rgb, int target) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xff) - ((target >> shift) & 0xff)) > 3) {
        return false;
      }
    }
    return true;
  }

  /** Up to {@code n} articles of the shared development corpus, or none when it is absent. */
  private static List<Path> devArticles(int n) throws IOException {
    for (String base : List.of("../shared/corpus/dev", "../../shared/corpus/dev")) {
      Path dir = Path.of(base);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          return files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList();
        }
      }
    }
    return List.of();
  }

  /** The DOM's text as a reader sees it: tags gone, entities decoded, white space folded. */
  private static String visibleText(String dom) {
    String text =
        dom.replaceAll("(?s)<style>.*?</style>", " ")
            .replaceAll("</?(td|th|tr|li|div|p|h\\d|section|header|footer|text|br|ul|table)\\b[^>]*>", " ")
            .replaceAll("<[^>]*>", "");
    text =
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", "\u00A0")
            .replace("&amp;", "&");
    return folded(text);
  }

  private static String folded(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
