package io.github.debatestance.nlp.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender that a first name tells: MALE, FEMALE, or NONE for a name the list does not know or
 * gives both ways ("Jordan"). Read from a list of lines {@code name <TAB> gender}, such as the
 * name-gender list in CoreNLP's models jar.
 *
 * <p>Immutable and thread-safe.
 */
public final class FirstNameGenders {

  /** CoreNLP's list of first names with their genders, in its models jar. */
  public static final String CORENLP_LIST =
      "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private final ImmutableMap<String, String> genders;

  private FirstNameGenders(ImmutableMap<String, String> genders) {
    this.genders = genders;
  }

  /** Loads the list from a classpath resource. */
  public static FirstNameGenders load(String resource) {
    try (InputStream in = FirstNameGenders.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("name list resource missing: " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name list " + resource, e);
    }
  }

  /** Reads the list from a stream, which the caller closes. */
  public static FirstNameGenders read(InputStream in) throws IOException {
    Map<String, String> genders = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] fields = line.strip().split("\t");
      if (fields.length < 2) {
        continue;
      }
      String gender = fields[1].strip();
      if (!gender.equals("MALE") && !gender.equals("FEMALE")) {
        continue;
      }
      // A name listed both ways tells nothing.
      genders.merge(
          fields[0].strip().toLowerCase(Locale.ROOT), gender, (a, b) -> a.equals(b) ? a : "NONE");
    }
    return new FirstNameGenders(ImmutableMap.copyOf(genders));
  }

  /** The gender the first name tells: MALE, FEMALE or NONE. */
  public String of(String firstName) {
    return genders.getOrDefault(firstName.toLowerCase(Locale.ROOT), "NONE");
  }
}
