package io.github.debatestance.nlp.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A word list kept as a resource: one entry a line, tab-separated fields, {@code #} for comments.
 * The first field is the key, lower-cased.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {

  private final ImmutableMap<String, ImmutableList<String>> entries;

  private Lexicon(ImmutableMap<String, ImmutableList<String>> entries) {
    this.entries = entries;
  }

  /** Loads a lexicon from a resource beside this class. */
  public static Lexicon load(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  /** Reads a lexicon from a file. */
  public static Lexicon load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads a lexicon from a stream, which the caller closes. */
  public static Lexicon read(InputStream in) throws IOException {
    ImmutableMap.Builder<String, ImmutableList<String>> builder = ImmutableMap.builder();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] fields = trimmed.split("\t");
      ImmutableList.Builder<String> values = ImmutableList.builder();
      for (int i = 1; i < fields.length; i++) {
        values.add(fields[i].strip());
      }
      builder.put(fields[0].strip().toLowerCase(Locale.ROOT), values.build());
    }
    return new Lexicon(builder.buildKeepingLast());
  }

  public boolean contains(String key) {
    return entries.containsKey(key.toLowerCase(Locale.ROOT));
  }

  /** The fields after the key, or an empty list when the key is absent. */
  public List<String> values(String key) {
    ImmutableList<String> v = entries.get(key.toLowerCase(Locale.ROOT));
    return v == null ? ImmutableList.of() : v;
  }

  /** The first field after the key, or the fallback. */
  public String value(String key, String fallback) {
    List<String> v = values(key);
    return v.isEmpty() ? fallback : v.get(0);
  }

  public java.util.Set<String> keys() {
    return entries.keySet();
  }
}
