package io.github.debatestance.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RouteFiguresTest {

  @Test
  void ratesCountAnalysisAloneOrWithLoading() {
    RouteFigures r = new RouteFigures("route", 10.0, 20.0, 40, 0, 20_000, 1_000_000, 32.0);
    assertThat(r.documentsPerSecond()).isCloseTo(2.0, within(1e-9));
    assertThat(r.tokensPerSecond()).isCloseTo(1_000.0, within(1e-9));
    assertThat(r.documentsPerSecondWithLoad()).isCloseTo(40.0 / 30.0, within(1e-9));
    assertThat(r.documentsPerSecondOfProcess()).isCloseTo(40.0 / 32.0, within(1e-9));
  }

  @Test
  void figuresTravelBetweenProcessesAsOneLine() {
    RouteFigures r = new RouteFigures("debate-stance", 3.5, 6.25, 40, 1, 21_534, 885_000_000, 10.5);
    assertThat(RouteFigures.isLine(r.toLine())).isTrue();
    assertThat(RouteFigures.parse(r.toLine())).isEqualTo(r);
    LengthScaling s = new LengthScaling(10, 2.5, 2.75);
    assertThat(LengthScaling.parse(s.toLine())).isEqualTo(s);
    assertThat(s.timesAverage()).isCloseTo(11.0, within(1e-9));
    ThreadScaling t = new ThreadScaling(2, 3, 9.0, 5.0);
    assertThat(ThreadScaling.isLine(t.toLine())).isTrue();
    assertThat(ThreadScaling.parse(t.toLine())).isEqualTo(t);
    assertThat(t.speedup()).isCloseTo(1.8, within(1e-9));
  }
}
