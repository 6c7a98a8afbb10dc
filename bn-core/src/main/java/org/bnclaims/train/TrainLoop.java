package org.bnclaims.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bnclaims.data.PreparedData;
import org.bnclaims.model.Network;
import org.bnclaims.probe.GradientMeter;
import org.bnclaims.probe.NormRecorder;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop of one spec for one or several seeds trained side by side ({@link
 * Network#seeds()}): epochs of shuffled minibatch steps, evaluation after each epoch, and the
 * probes. Each seed keeps its own data order, augmentation, metrics and divergence ({@link
 * SeedTrack}); a seed whose loss turns non-finite is recorded as diverged at that step, exactly as
 * if it trained alone (its network copied out before the update, its epoch evaluated on the copy),
 * and the others train on. Owns every buffer it reuses across steps, so a step allocates only its
 * native arrays, which a per-step sub-manager frees.
 */
final class TrainLoop {

  private static final Logger LOG = LoggerFactory.getLogger(TrainLoop.class);
  private final RunSpec spec;
  private final TrainSpec train;
  private final PreparedData data;
  private final Network net;
  private final NDManager manager;
  private final StepLeaves store;
  private final BatchLayout layout;
  private final Evaluator evaluator;
  private final GradientMeter gradients;
  private final List<SeedTrack> tracks = new ArrayList<>();
  private final int seeds;
  private final int batch;
  private final float[] wide;
  private final float[] onehot;
  private final boolean[] active;
  private final Training.EpochObserver observer;
  private int globalStep;

  TrainLoop(
      RunSpec spec,
      long[] seedValues,
      PreparedData data,
      Network net,
      NDManager manager,
      Training.EpochObserver observer) {
    this.spec = spec;
    this.observer = observer;
    this.train = spec.train();
    this.data = data;
    this.net = net;
    this.manager = manager;
    this.seeds = net.seeds();
    this.store = new StepLeaves(manager);
    this.layout =
        new BatchLayout(seeds, data.channels(), data.height(), data.width(), net.channelsLast());
    this.evaluator = new Evaluator(data, net, train.evalBatchSize(), layout);
    this.gradients = spec.probes().gradMagnitudes() ? new GradientMeter(net.groups(), seeds) : null;
    this.batch = Math.min(train.batchSize(), data.trainSize());
    int every = spec.probes().bnSnapshotEvery();
    for (int k = 0; k < seeds; k++) {
      NormRecorder recorder = new NormRecorder(net.normLayers(), every, seeds, k);
      tracks.add(
          new SeedTrack(
              k, seedValues[k], data.trainSize(), layout.seedFloats(batch), batch, recorder));
    }
    this.wide = layout.isIdentity() ? null : new float[layout.wideFloats(batch)];
    this.onehot = new float[batch * seeds * data.classes()];
    this.active = new boolean[seeds];
    Arrays.fill(active, true);
  }

  /** Trains every seed and returns their results in seed order. */
  List<SeedOutcome> train() {
    tracks.forEach(t -> t.recorder.record(0));
    boolean batchNorm = net.normLayers().stream().anyMatch(n -> n.variant().isBatchNorm());
    try (Updater updater = new Updater(spec.optim(), net, manager);
        NDArray one = manager.create(1f)) {
      for (int epoch = 0; epoch < train.epochs() && anyActive(); epoch++) {
        double lr = spec.optim().lrAt(epoch);
        tracks.forEach(SeedTrack::startEpoch);
        int n = data.trainSize();
        int steps = train.dropLast() ? n / batch : (n + batch - 1) / batch;
        for (int s = 0; s < steps && anyActive(); s++) {
          int count = Math.min(batch, n - s * batch);
          if (count < 2 && batchNorm) {
            break; // a batch of one has no batch statistics
          }
          step(s * batch, count, epoch, lr, updater, one);
        }
        if (!anyActive()) {
          observer.afterEpoch(epoch, manager.getManagedArrays().size());
          break;
        }
        List<List<EvalMetrics>> test = evaluator.evaluate(train.evalModes(), manager, store);
        for (SeedTrack t : tracks) {
          if (t.active()) {
            closeEpoch(t, epoch, lr, test.get(t.index));
          }
        }
        observer.afterEpoch(epoch, manager.getManagedArrays().size());
      }
    }
    List<SeedOutcome> out = new ArrayList<>(seeds);
    for (SeedTrack t : tracks) {
      t.recorder.record(globalStep);
      Network state =
          t.frozen() != null ? t.frozen() : seeds == 1 ? net : net.extract(t.index, manager);
      Evaluator own = state == net ? evaluator : Probes.evaluatorFor(state, data, train, net);
      out.add(
          new SeedOutcome(
              t.seed,
              t.epochs,
              t.diverged(),
              t.divergedEpoch(),
              Probes.measure(spec, state, data, own, t, gradients, manager, store)));
    }
    return out;
  }

  private boolean anyActive() {
    for (boolean a : active) {
      if (a) {
        return true;
      }
    }
    return false;
  }

  private void closeEpoch(SeedTrack t, int epoch, double lr, List<EvalMetrics> test) {
    if (gradients != null) {
      gradients.endEpoch(epoch, t.index);
    }
    double[] a = t.acc;
    t.epochs.add(new EpochMetrics(epoch, lr, a[0] / a[2], a[1] / a[2], test));
    LOG.debug(
        "seed {} epoch {}/{}: train loss {} acc {}, test acc {}",
        t.seed,
        epoch + 1,
        train.epochs(),
        a[0] / a[2],
        a[1] / a[2],
        test.get(0).accuracy());
  }

  private void step(int from, int count, int epoch, double lr, Updater updater, NDArray one) {
    int classes = data.classes();
    float[] oh = count == batch ? onehot : new float[count * seeds * classes];
    Arrays.fill(oh, 0f);
    float[] in =
        layout.isIdentity() ? null : count == batch ? wide : new float[layout.wideFloats(count)];
    List<float[]> labels = new ArrayList<>(seeds);
    for (SeedTrack t : tracks) {
      float[] xs = t.images(layout.seedFloats(count));
      float[] ys = t.labels(count);
      data.fill(true, t.order(), from, count, xs, ys, t.augRng());
      labels.add(ys);
      for (int i = 0; i < count; i++) {
        oh[(i * seeds + t.index) * classes + (int) ys[i]] = 1f;
      }
      if (in == null) {
        in = xs;
      } else {
        layout.place(xs, t.index, count, in);
      }
    }
    try (NDManager sm = manager.newSubManager()) {
      store.begin(sm);
      NDArray x = layout.toArray(sm, in, count);
      NDArray target = sm.create(oh, new Shape(count, (long) seeds * classes));
      NDArray logits;
      NDArray loss;
      Autograd.record(true);
      try {
        logits = net.forward(store, x, true);
        // sum over seeds of each seed's mean cross-entropy = -sum(onehot * log_softmax) / count
        NDArray logp =
            seeds == 1
                ? logits.logSoftmax(1)
                : logits.reshape(count, seeds, classes).logSoftmax(2).reshape(count, -1);
        loss = logp.mul(target).sum().mul(-1f / count);
      } finally {
        Autograd.record(false);
      }
      Autograd.backward(loss, one);
      float[] l = logits.toFloatArray();
      for (SeedTrack t : tracks) {
        if (!t.active()) {
          continue;
        }
        Logits.accumulate(
            l, seeds * classes, t.index * classes, labels.get(t.index), count, classes, t.acc);
        t.acc[2] += count;
        if (!Double.isFinite(t.acc[0])) {
          diverge(t, epoch, lr); // do not step into NaN weights: the seed stops here
        }
      }
      if (!anyActive()) {
        return;
      }
      if (gradients != null) {
        gradients.observe(active, store::gradient);
      }
      updater.step(lr, store);
    } finally {
      store.end();
    }
    globalStep++;
    for (SeedTrack t : tracks) {
      if (t.active() && t.recorder.due(globalStep)) {
        t.recorder.record(globalStep);
      }
    }
  }

  /**
   * Records seed {@code t} as diverged at this step, before the update: its network as it stands
   * (copied out of a batch), its epoch evaluated on that network, its last snapshot.
   */
  private void diverge(SeedTrack t, int epoch, double lr) {
    active[t.index] = false;
    Network state = seeds == 1 ? net : net.extract(t.index, manager);
    Evaluator own = seeds == 1 ? evaluator : Probes.evaluatorFor(state, data, train, net);
    List<EvalMetrics> test = new ArrayList<>();
    for (var mode : train.evalModes()) {
      test.add(own.evaluate(mode, manager, store));
    }
    state.setEvalMode(org.bnclaims.spec.EvalMode.RUNNING);
    closeEpoch(t, epoch, lr, test);
    t.recorder.record(globalStep);
    t.diverge(epoch, state);
  }
}
