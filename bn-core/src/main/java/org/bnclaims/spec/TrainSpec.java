package org.bnclaims.spec;

import java.util.List;

/**
 * The training loop's settings.
 *
 * @param batchSize examples per step
 * @param epochs passes over the training split
 * @param evalModes how the test split is evaluated after every epoch; the first is the headline
 *     metric
 * @param evalBatchSize batch size of test-set evaluation (matters for {@link EvalMode#BATCH})
 * @param dropLast whether an incomplete last training batch is dropped (a batch of 1 breaks BN)
 */
public record TrainSpec(
    int batchSize, int epochs, List<EvalMode> evalModes, int evalBatchSize, boolean dropLast) {

  public TrainSpec {
    evalModes = List.copyOf(evalModes);
    if (evalModes.isEmpty()) {
      throw new IllegalArgumentException("at least one eval mode is required");
    }
  }

  public static final int DEFAULT_EVAL_BATCH = 256;

  /** Batch size and epochs, evaluated with running statistics. */
  public static TrainSpec of(int batchSize, int epochs) {
    return new TrainSpec(batchSize, epochs, List.of(EvalMode.RUNNING), DEFAULT_EVAL_BATCH, true);
  }

  public TrainSpec withEvalModes(EvalMode... modes) {
    return new TrainSpec(batchSize, epochs, List.of(modes), evalBatchSize, dropLast);
  }

  public TrainSpec withEvalBatchSize(int b) {
    return new TrainSpec(batchSize, epochs, evalModes, b, dropLast);
  }
}
