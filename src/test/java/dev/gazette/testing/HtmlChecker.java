package dev.gazette.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, run offline and in-process. One checker parses the HTML schema once and
 * then checks many files, which is what makes a thousand pages affordable (the checker's own
 * {@code EmbeddedValidator} sets everything up again for each file). Only errors are collected;
 * warnings and language guesses are not. Not thread-safe: one checker per thread.
 */
public final class HtmlChecker {
  private final SimpleDocumentValidator validator;
  private final List<String> errors = new ArrayList<>();
  private String current = "";

  public HtmlChecker() {
    try {
      // Arguments: initialize the Nu log4j set-up, no HTML 4 checks, no language detection.
      validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new Collector());
      validator.setUpValidatorAndParsers(new Collector(), false, false);
    } catch (Exception e) {
      throw new IllegalStateException("the Nu HTML Checker could not be set up", e);
    }
  }

  /** The errors in one HTML file, each as {@code name:line:column: message}. */
  public List<String> errors(Path file, String name) {
    int from = errors.size();
    current = name;
    try {
      validator.checkHtmlFile(file.toFile(), true);
    } catch (IOException | SAXException e) {
      errors.add(name + ": the checker stopped: " + e.getMessage());
    }
    return List.copyOf(errors.subList(from, errors.size()));
  }

  /** The errors in every listed file under {@code root}, named by their relative path. */
  public List<String> errors(Path root, List<String> files) {
    List<String> all = new ArrayList<>();
    for (String f : files) {
      all.addAll(errors(root.resolve(f), f));
    }
    return all;
  }

  private final class Collector implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
          + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }
}
