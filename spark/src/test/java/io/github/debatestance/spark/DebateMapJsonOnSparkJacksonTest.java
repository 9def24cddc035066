package io.github.debatestance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import io.github.debatestance.core.json.DebateMapJson;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * This module runs core with Spark's Jackson rather than the parent's (see the module's POM). These
 * tests check both halves of that choice on the module's own classpath.
 */
class DebateMapJsonOnSparkJacksonTest {

  @Test
  void sparksScalaModuleAcceptsTheJacksonOnTheClasspath() {
    // jackson-module-scala throws here when jackson-databind is of another minor version.
    ObjectMapper mapper = new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);

    assertThat(mapper.getRegisteredModuleIds()).isNotEmpty();
  }

  @Test
  void coreJsonRoundTripsAMapUnderSparksJackson() {
    StanceAssessment open = new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.7, List.of("open"));
    DebateMap map =
        new DebateMap(
            "d1",
            List.of(
                new Actor("a1", "Marta Oyelaran", List.of("Oyelaran"), ActorType.PERSON,
                    List.of("founder"), open)),
            List.of(
                new Claim("c1", ClaimKind.DIRECT, "open", new TextSpan(3, 7),
                    new Attribution("a1", "Marta Oyelaran", 0.9), "said", open),
                new Claim("c2", ClaimKind.INDIRECT, "x", new TextSpan(9, 10), null, null,
                    StanceAssessment.neutral(0.5))));

    assertThat(DebateMapJson.read(DebateMapJson.writeLine(map))).isEqualTo(map);
    assertThat(DebateMapJson.read(DebateMapJson.write(map))).isEqualTo(map);
  }
}
