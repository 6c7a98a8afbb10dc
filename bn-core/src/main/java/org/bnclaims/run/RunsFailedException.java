package org.bnclaims.run;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Some runs of a batch failed; thrown after every other run of the batch finished, listing each
 * failed {@code (spec hash, seed)} with its cause (the first is also the cause, the rest are
 * suppressed exceptions).
 */
public final class RunsFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<RunFailedException> failures;

  public RunsFailedException(int total, List<RunFailedException> failures) {
    super(
        failures.size()
            + " of "
            + total
            + " runs failed:\n"
            + failures.stream().map(f -> "  " + f.getMessage()).collect(Collectors.joining("\n")),
        failures.isEmpty() ? null : failures.get(0));
    this.failures = List.copyOf(failures);
    for (int i = 1; i < failures.size(); i++) {
      addSuppressed(failures.get(i));
    }
  }

  /** The failed runs, in job order. */
  public List<RunFailedException> failures() {
    return failures;
  }
}
