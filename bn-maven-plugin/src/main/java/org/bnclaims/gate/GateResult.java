package org.bnclaims.gate;

import java.util.List;

/**
 * The gate's decision.
 *
 * @param fail whether the build should fail
 * @param messages one line per claim that matters to the decision or deserves a note (failures
 *     first), so the build log says exactly why it failed or what changed
 */
public record GateResult(boolean fail, List<String> messages) {
  public GateResult {
    messages = List.copyOf(messages);
  }
}
