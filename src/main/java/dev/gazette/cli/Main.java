package dev.gazette.cli;

import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gazette} command line. With no command, it builds the site. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette 0.1.0",
    description = "A static site generator for article archives.",
    subcommands = {BuildCommand.class, NormalizeCommand.class, ServeCommand.class,
        QualityCommand.class, ReportCommand.class, HookCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs a command line and returns its exit code; used by tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    String[] effective = args.length == 0 ? new String[] {"build"} : args;
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof GazetteException) {
        err.println("error: " + Printable.escape(e.getMessage()));
      } else {
        err.println("error: unexpected failure: " + Printable.escape(String.valueOf(e)));
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.FAILED;
    });
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("error: " + Printable.escape(e.getMessage()));
      e.getCommandLine().usage(err);
      err.flush();
      return ExitCodes.USAGE;
    });
    return cli.execute(effective);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
