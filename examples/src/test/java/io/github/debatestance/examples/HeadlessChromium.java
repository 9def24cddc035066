package io.github.debatestance.examples;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, run headless on a local file: the browser the HTML report is checked in.
 * Each run gets its own profile folder and a time limit, after which the browser and every process
 * it started are killed.
 */
final class HeadlessChromium {

  private static final List<String> NAMES = List.of("chromium", "chromium-browser");
  private static final Duration TIME_LIMIT = Duration.ofSeconds(120);

  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /** The first Chromium on the PATH, if there is one. */
  static Optional<HeadlessChromium> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(new HeadlessChromium(candidate));
        }
      }
    }
    return Optional.empty();
  }

  Path binary() {
    return binary;
  }

  /** The page's DOM after the browser has parsed it, serialised as HTML. */
  String dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()), workDir, "dump-dom");
  }

  /** Takes a screenshot of the page's first {@code width} by {@code height} pixels. */
  void screenshot(Path page, Path png, int width, int height, Path workDir)
      throws IOException, InterruptedException {
    run(
        List.of(
            "--hide-scrollbars",
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=" + width + "," + height,
            page.toUri().toString()),
        workDir,
        "screenshot");
  }

  /** Runs the browser with the common flags and these, and returns what it printed. */
  private String run(List<String> args, Path workDir, String name)
      throws IOException, InterruptedException {
    requireNonNull(workDir, "workDir");
    Path profile = Files.createDirectories(workDir.resolve(name + "-profile"));
    Path stdout = workDir.resolve(name + ".out");
    Path stderr = workDir.resolve(name + ".err");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    // No sandbox: CI runs as root, where Chromium's sandbox refuses to start. The other flags keep
    // the browser from reaching the network on its own.
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(args);
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    try {
      process.getOutputStream().close();
      if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError(
            "chromium " + name + " did not finish within " + TIME_LIMIT.toSeconds() + " s");
      }
    } finally {
      // Whatever happened, leave no browser process behind: the renderer and helper processes
      // too, which may outlive the main one.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      if (process.isAlive()) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "chromium " + name + " exited with " + process.exitValue() + ": "
              + tail(Files.readString(stderr, StandardCharsets.UTF_8)));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static String tail(String s) {
    return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
  }
}
