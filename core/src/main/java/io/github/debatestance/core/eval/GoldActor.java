package io.github.debatestance.core.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Stance;
import java.util.List;

/**
 * One person or organisation that an annotator found quoted or reported in an article.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the fullest name the article gives; gold claims refer to the actor by it
 * @param aliases the other names the article uses for the actor; never pronouns
 * @param type person or organisation
 * @param roles titles and affiliations the article states, possibly empty
 * @param stance the actor's overall stance in the article, or {@code null} where the corpus has no
 *     stance annotation
 */
public record GoldActor(
    String name, List<String> aliases, ActorType type, List<String> roles, Stance stance) {

  public GoldActor {
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank: name='%s'", name);
    aliases = List.copyOf(requireNonNull(aliases, "aliases"));
    requireNonNull(type, "type");
    roles = List.copyOf(requireNonNull(roles, "roles"));
  }
}
