package io.github.debatestance.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RouteFiguresTest {

  @Test
  void ratesCountAnalysisAloneOrWithLoading() {
    RouteFigures r = new RouteFigures("route", 10.0, 20.0, 40, 0, 20_000, 1_000_000);
    assertThat(r.documentsPerSecond()).isCloseTo(2.0, within(1e-9));
    assertThat(r.tokensPerSecond()).isCloseTo(1_000.0, within(1e-9));
    assertThat(r.documentsPerSecondWithLoad()).isCloseTo(40.0 / 30.0, within(1e-9));
  }
}
