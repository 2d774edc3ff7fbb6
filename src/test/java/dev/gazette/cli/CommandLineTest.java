package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The command line sets up only the command it names; help, the version and a misspelled
 * command still see every command.
 */
class CommandLineTest {
  private static final String[] COMMANDS = {"build", "normalize", "serve", "quality", "report",
      "install-hook", "help"};

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsEveryCommandInOrder() {
    for (String[] args : new String[][] {{"--help"}, {"help"}}) {
      Run r = run(args);
      assertThat(r.code()).isZero();
      assertThat(r.out()).containsSubsequence(COMMANDS);
    }
    assertThat(run("--version").out()).contains("Gazette");
  }

  @Test
  void aCommandsHelpNamesItUnderGazette() {
    for (String command : new String[] {"build", "serve", "normalize", "quality", "report",
        "install-hook"}) {
      Run own = run(command, "--help");
      assertThat(own.code()).as(command).isZero();
      assertThat(own.out()).as(command).startsWith("Usage: gazette " + command);
      assertThat(run("help", command).out()).as(command).isEqualTo(own.out());
    }
  }

  @Test
  void aMisspelledCommandOrOptionIsAUsageError() {
    Run misspelled = run("biuld");
    assertThat(misspelled.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(misspelled.err()).contains("biuld").containsSubsequence(COMMANDS);
    Run option = run("build", "--claen");
    assertThat(option.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(option.err()).contains("--claen").contains("Usage: gazette build");
  }
}
