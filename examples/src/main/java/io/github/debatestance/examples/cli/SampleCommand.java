package io.github.debatestance.examples.cli;

import io.github.debatestance.examples.SampleAnalysis;
import io.github.debatestance.examples.TextReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sample}: analyses the sample article that ships in this jar and prints its debate map.
 *
 * <p>Not thread-safe: picocli creates one instance per run.
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = "Analyse the built-in sample article and print its debate map.")
final class SampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(TextReport.render(SampleAnalysis.run()));
    out.flush();
    return 0;
  }
}
