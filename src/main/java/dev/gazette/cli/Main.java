package dev.gazette.cli;

import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Printable;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code gazette} command line. With no command, it builds the site. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette 0.1.0",
    description = "A static site generator for article archives.")
public final class Main implements Runnable {
  /**
   * The commands, by name, in the order help lists them. Only the command a line names is set
   * up: picocli reads every option of every command it is given, on the interpreter, and all of
   * them took 0.1 to 0.2 s of each run's start. Help, options of {@code gazette} itself and
   * unknown names get every command.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  @Spec
  private CommandSpec spec;

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> c = new LinkedHashMap<>();
    c.put("build", BuildCommand::new);
    c.put("normalize", NormalizeCommand::new);
    c.put("serve", ServeCommand::new);
    c.put("quality", QualityCommand::new);
    c.put("report", ReportCommand::new);
    c.put("install-hook", HookCommand::new);
    c.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(c);
  }

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
    Supplier<Object> named = COMMANDS.get(effective[0]);
    if (named != null && !effective[0].equals("help")) {
      cli.addSubcommand(named.get());
    } else {
      COMMANDS.values().forEach(c -> cli.addSubcommand(c.get()));
    }
    // Set after the commands are added: picocli passes these on to the commands it has.
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
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
