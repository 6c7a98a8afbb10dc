package org.bnclaims.train;

import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.bnclaims.data.PreparedData;
import org.bnclaims.model.Network;
import org.bnclaims.probe.ActivationTap;
import org.bnclaims.probe.ClassVisualizer;
import org.bnclaims.probe.GammaPruning;
import org.bnclaims.probe.GradientMeter;
import org.bnclaims.probe.LayerActivity;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.probe.WeightImages;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.bnclaims.verdict.Picture;

/**
 * Runs a spec's switched-on probes on one seed's trained network after training: dead units over
 * the test split, first-layer weight images, class visualizations and, last because it changes the
 * network, gamma pruning; plus the trajectories recorded during training. The instruments are in
 * {@code org.bnclaims.probe}; this wiring stays with the training loop because it drives the
 * trainer's evaluator and seed streams.
 */
final class Probes {

  private Probes() {}

  /** An evaluator over the test split for a one-seed network extracted from {@code batched}. */
  static Evaluator evaluatorFor(Network one, PreparedData data, TrainSpec train, Network batched) {
    BatchLayout layout =
        new BatchLayout(1, data.channels(), data.height(), data.width(), batched.channelsLast());
    return new Evaluator(data, one, train.evalBatchSize(), layout);
  }

  static ProbeResults measure(
      RunSpec spec,
      Network net,
      PreparedData data,
      Evaluator evaluator,
      SeedTrack track,
      GradientMeter gradients,
      NDManager manager,
      ParameterStore store) {
    List<LayerActivity> activity = List.of();
    if (spec.probes().deadUnits()) {
      List<ActivationTap> taps = ActivationTap.on(net);
      taps.forEach(t -> t.setEnabled(true));
      evaluator.forwardAll(manager, store);
      taps.forEach(t -> t.setEnabled(false));
      activity = taps.stream().map(ActivationTap::activity).toList();
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
                Seeds.stream(track.seed, Seeds.VISUALIZE))
            : List.of();
    double pruned =
        spec.probes().gammaPruneFraction() > 0
            ? GammaPruning.accuracyAfterPruning(
                net,
                spec.probes().gammaPruneFraction(),
                () -> evaluator.evaluate(EvalMode.RUNNING, manager, store).accuracy())
            : Double.NaN;
    return new ProbeResults(
        activity,
        track.recorder.results(),
        gradients == null ? List.of() : gradients.results(track.index),
        weights,
        classes,
        pruned);
  }
}
