package dev.gazette.site;

import java.time.Duration;

/** Told as a build's steps start and finish, to show where a long build is. */
public interface BuildProgress {
  /** Says nothing. */
  BuildProgress NONE = new BuildProgress() {
    @Override
    public void started(String step) {
      // nobody watches
    }

    @Override
    public void finished(String step, Duration took) {
      // nobody watches
    }
  };

  void started(String step);

  void finished(String step, Duration took);
}
