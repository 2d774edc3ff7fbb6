package dev.gazette.diag;

/**
 * A failure the user can act on: the message already names the file (and line) and says what was
 * expected. The command line prints it without a stack trace.
 */
public class GazetteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GazetteException(String message) {
    super(message);
  }

  public GazetteException(String message, Throwable cause) {
    super(message, cause);
  }
}
