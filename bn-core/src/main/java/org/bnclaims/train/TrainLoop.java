package org.bnclaims.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bnclaims.data.PreparedData;
import org.bnclaims.model.Network;
import org.bnclaims.probe.GradientMeter;
import org.bnclaims.probe.LayerActivity;
import org.bnclaims.probe.NormRecorder;
import org.bnclaims.probe.Picture;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.probe.WeightImages;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's training loop: epochs of shuffled minibatch steps, evaluation after each epoch, and the
 * probes. Owns every buffer it reuses across steps, so a step allocates only its native arrays,
 * which a per-step sub-manager frees.
 */
final class TrainLoop {

  private static final Logger LOG = LoggerFactory.getLogger(TrainLoop.class);
  private final RunSpec spec;
  private final TrainSpec train;
  private final long seed;
  private final PreparedData data;
  private final Network net;
  private final NDManager manager;
  private final ParameterStore store;
  private final Evaluator evaluator;
  private final NormRecorder normRecorder;
  private final GradientMeter gradients;
  private final int batch;
  private final Shape batchShape;
  private final float[] x;
  private final float[] y;
  private final float[] onehot;
  private final int[] order;
  private final SplittableRandom orderRng;
  private final SplittableRandom augRng;
  private final Training.EpochObserver observer;
  private int globalStep;

  TrainLoop(
      RunSpec spec,
      long seed,
      PreparedData data,
      Network net,
      NDManager manager,
      Training.EpochObserver observer) {
    this.spec = spec;
    this.observer = observer;
    this.train = spec.train();
    this.seed = seed;
    this.data = data;
    this.net = net;
    this.manager = manager;
    this.store = new ParameterStore(manager, false);
    this.evaluator = new Evaluator(data, net, train.evalBatchSize());
    this.normRecorder = new NormRecorder(net.normLayers(), spec.probes().bnSnapshotEvery());
    this.gradients = spec.probes().gradMagnitudes() ? new GradientMeter(net.groups()) : null;
    this.batch = Math.min(train.batchSize(), data.trainSize());
    this.batchShape = new Shape(batch, data.channels(), data.height(), data.width());
    this.x = new float[(int) batchShape.size()];
    this.y = new float[batch];
    this.onehot = new float[batch * data.classes()];
    this.order = new int[data.trainSize()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.orderRng = Seeds.stream(seed, Seeds.ORDER);
    this.augRng = Seeds.stream(seed, Seeds.AUGMENT);
  }

  RunResult train() {
    List<EpochMetrics> epochs = new ArrayList<>();
    boolean diverged = false;
    int divergedEpoch = -1;
    normRecorder.record(0);
    try (Updater updater = new Updater(spec.optim(), net, manager);
        NDArray one = manager.create(1f)) {
      for (int epoch = 0; epoch < train.epochs(); epoch++) {
        double lr = spec.optim().lrAt(epoch);
        double[] acc = new double[3]; // loss sum, correct, examples
        shuffle();
        int steps = train.dropLast() ? order.length / batch : (order.length + batch - 1) / batch;
        for (int s = 0; s < steps && !diverged; s++) {
          int count = Math.min(batch, order.length - s * batch);
          if (count < 2 && net.normLayers().stream().anyMatch(n -> n.variant().isBatchNorm())) {
            break; // a batch of one has no batch statistics
          }
          step(s * batch, count, lr, updater, one, acc);
          diverged = !Double.isFinite(acc[0]);
        }
        if (gradients != null) {
          gradients.endEpoch(epoch);
        }
        List<EvalMetrics> test = evaluator.evaluate(train.evalModes(), manager, store);
        epochs.add(new EpochMetrics(epoch, lr, acc[0] / acc[2], acc[1] / acc[2], test));
        LOG.debug(
            "seed {} epoch {}/{}: train loss {} acc {}, test acc {}",
            seed,
            epoch + 1,
            train.epochs(),
            acc[0] / acc[2],
            acc[1] / acc[2],
            test.get(0).accuracy());
        observer.afterEpoch(epoch, manager.getManagedArrays().size());
        if (diverged) {
          divergedEpoch = epoch;
          break;
        }
      }
    }
    normRecorder.record(globalStep);
    ProbeResults probes = probes();
    return new RunResult(
        org.bnclaims.spec.SpecHash.of(spec),
        seed,
        epochs,
        diverged,
        divergedEpoch,
        probes,
        0,
        null);
  }

  private void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = orderRng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private void step(int from, int count, double lr, Updater updater, NDArray one, double[] acc) {
    float[] xs = count == batch ? x : new float[count * x.length / batch];
    float[] ys = count == batch ? y : new float[count];
    float[] oh = count == batch ? onehot : new float[count * data.classes()];
    data.fill(true, order, from, count, xs, ys, augRng);
    java.util.Arrays.fill(oh, 0f);
    int classes = data.classes();
    for (int i = 0; i < count; i++) {
      oh[i * classes + (int) ys[i]] = 1f;
    }
    try (NDManager sm = manager.newSubManager()) {
      NDArray in = sm.create(xs, new Shape(count, data.channels(), data.height(), data.width()));
      NDArray target = sm.create(oh, new Shape(count, classes));
      NDArray logits;
      NDArray loss;
      Autograd.record(true);
      try {
        logits = net.forward(store, in, true);
        // mean cross-entropy = -sum(onehot * log_softmax(logits)) / count
        loss = logits.logSoftmax(1).mul(target).sum().mul(-1f / count);
      } finally {
        Autograd.record(false);
      }
      Autograd.backward(loss, one);
      Logits.accumulate(logits.toFloatArray(), ys, count, classes, acc);
      acc[2] += count;
      if (!Double.isFinite(acc[0])) {
        return; // do not step into NaN weights; the loop records the divergence
      }
      if (gradients != null) {
        gradients.observe();
      }
      updater.step(lr);
    }
    globalStep++;
    if (normRecorder.due(globalStep)) {
      normRecorder.record(globalStep);
    }
  }

  private ProbeResults probes() {
    List<LayerActivity> activity = List.of();
    if (spec.probes().deadUnits()) {
      net.resetTaps();
      net.setTapsEnabled(true);
      evaluator.forwardAll(manager, store);
      net.setTapsEnabled(false);
      activity = net.activity();
    }
    List<Picture> weights =
        spec.probes().weightImages()
            ? WeightImages.of(
                net.firstLayerWeight().getArray(), data.channels(), data.height(), data.width())
            : List.of();
    List<Picture> classes =
        spec.probes().classVisualizations() > 0
            ? ClassVisualizer.draw(
                net,
                data,
                spec.probes().classVisualizations(),
                manager,
                store,
                Seeds.stream(seed, Seeds.VISUALIZE))
            : List.of();
    double pruned =
        spec.probes().gammaPruneFraction() > 0
            ? GammaPruning.accuracyAfterPruning(
                net, spec.probes().gammaPruneFraction(), evaluator, manager, store)
            : Double.NaN;
    return new ProbeResults(
        activity,
        normRecorder.results(),
        gradients == null ? List.of() : gradients.results(),
        weights,
        classes,
        pruned);
  }
}
