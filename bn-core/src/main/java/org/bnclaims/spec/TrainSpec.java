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
 * @throws IllegalArgumentException for a batch size, epoch count or evaluation batch size below 1,
 *     or no, a null or a repeated eval mode, naming the field, the value and what is allowed
 */
public record TrainSpec(
    int batchSize, int epochs, List<EvalMode> evalModes, int evalBatchSize, boolean dropLast) {

  public TrainSpec {
    Check.atLeast("TrainSpec.batchSize", batchSize, 1);
    Check.atLeast("TrainSpec.epochs", epochs, 1);
    Check.atLeast("TrainSpec.evalBatchSize", evalBatchSize, 1);
    Check.present("TrainSpec.evalModes", evalModes);
    if (evalModes.isEmpty()
        || evalModes.stream().anyMatch(java.util.Objects::isNull)
        || evalModes.stream().distinct().count() < evalModes.size()) {
      throw Check.rejected(
          "TrainSpec.evalModes",
          evalModes,
          "one or more distinct modes of " + java.util.Arrays.toString(EvalMode.values()));
    }
    evalModes = List.copyOf(evalModes);
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
