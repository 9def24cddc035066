package io.github.debatestance.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSpanTest {

  @Test
  void containsItsBeginButNotItsEnd() {
    TextSpan span = new TextSpan(3, 7);

    assertThat(span.contains(3)).isTrue();
    assertThat(span.contains(6)).isTrue();
    assertThat(span.contains(7)).isFalse();
    assertThat(span.contains(2)).isFalse();
  }

  @Test
  void anEmptySpanContainsNothing() {
    assertThat(new TextSpan(4, 4).contains(4)).isFalse();
  }
}
