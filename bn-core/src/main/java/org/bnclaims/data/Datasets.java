package org.bnclaims.data;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bnclaims.spec.DataSpec;

/**
 * The dataset registry and its per-JVM cache: each dataset is read once per JVM (per configuration
 * and image size) and shared read-only by every run; concurrent callers of the same key wait for
 * the one load in progress. Unavailable outcomes and failures are not cached, so files installed
 * later are found.
 *
 * <p>Synthetic data ({@link DataSpec#synthetic()}) has {@value Synthetic#DEFAULT_TRAIN_PER_CLASS}
 * training and {@value Synthetic#DEFAULT_TEST_PER_CLASS} test images per class unless the spec asks
 * for other per-class counts; it is seeded by {@link DataSpec#subsetSeed()}.
 */
public final class Datasets {
  private static final ConcurrentHashMap<Object, CompletableFuture<Object>> CACHE =
      new ConcurrentHashMap<>();

  private Datasets() {}

  private record LoadKey(DatasetKind kind, int side, DataConfig config) {}

  private record SyntheticKey(DatasetKind kind, int side, int train, int test, long seed) {}

  /**
   * The prepared splits, their statistics and the split sizes found before the subset draw;
   * augmentation settings are applied per view.
   */
  private record Core(Dataset data, float[][] stats, int availableTrain, int availableTest) {}

  private record CoreKey(DataSpec spec, DataConfig config) {}

  /** Registry names, e.g. for error messages and documentation. */
  public static List<String> names() {
    return DatasetKind.names();
  }

  /** Resolves and reads dataset {@code name} at its native size. */
  public static DataOutcome load(String name, DataConfig config) {
    return load(name, config, 0);
  }

  /**
   * Resolves and reads dataset {@code name}; {@code imageSize} resizes Imagenette (0 = native 160)
   * and must be 0 or the native size for the others.
   */
  public static DataOutcome load(String name, DataConfig config, int imageSize) {
    DatasetKind kind = DatasetKind.byName(name);
    LoadKey key = new LoadKey(kind, kind.side(imageSize), config);
    return once(
        key,
        () -> Resolver.resolve(kind, config, kind.remote, imageSize),
        o -> o instanceof DataOutcome.Available);
  }

  /**
   * A synthetic dataset shaped like {@code name} ({@code perClass} 0 means the defaults), the same
   * for the same arguments.
   */
  public static Dataset synthetic(
      String name, int trainPerClass, int testPerClass, long seed, int imageSize) {
    DatasetKind kind = DatasetKind.byName(name);
    SyntheticKey key =
        new SyntheticKey(kind, kind.side(imageSize), trainPerClass, testPerClass, seed);
    return once(
        key,
        () -> Synthetic.generate(kind, imageSize, trainPerClass, testPerClass, seed),
        o -> true);
  }

  /**
   * The data a run trains on: the real dataset (or its synthetic stand-in), the stratified subsets
   * the spec asks for, and training-split statistics; cached per JVM by the spec fields that change
   * the images (augmentation and normalization settings only make a cheap view).
   *
   * @throws DataUnavailableException when the dataset cannot be had; the message says what to put
   *     where
   * @param config where to look for real data; may be null only for synthetic data
   * @throws IllegalArgumentException for an unknown dataset or a subset larger than a class
   */
  public static PreparedData prepare(DataSpec spec, DataConfig config) {
    DatasetKind kind = DatasetKind.byName(spec.dataset());
    if (!spec.synthetic() && config == null) {
      throw new IllegalArgumentException(
          "real dataset " + kind.folder + " needs a DataConfig (DataConfig.fromEnvironment())");
    }
    DataSpec images =
        new DataSpec(
            kind.folder,
            spec.synthetic(),
            spec.trainPerClass(),
            spec.testPerClass(),
            spec.subsetSeed(),
            true,
            false,
            0,
            kind.side(spec.imageSize()));
    CoreKey key = new CoreKey(images, spec.synthetic() ? null : config);
    Core core = once(key, () -> core(kind, spec, config), o -> true);
    Dataset d = core.data();
    DataDescription description =
        new DataDescription(
            d.name(),
            spec.synthetic(),
            d.train().size(),
            d.test().size(),
            core.availableTrain(),
            core.availableTest(),
            spec.trainPerClass(),
            spec.testPerClass(),
            d.train().channels(),
            d.train().height(),
            d.train().width(),
            kind.side,
            spec.normalize(),
            spec.flip(),
            spec.padCrop(),
            d.notes());
    return new PreparedData(
        description, d.train(), d.test(), d.classNames(), core.stats()[0], core.stats()[1]);
  }

  private static Core core(DatasetKind kind, DataSpec spec, DataConfig config) {
    Dataset d;
    int availableTrain;
    int availableTest;
    if (spec.synthetic()) {
      d =
          synthetic(
              kind.folder,
              spec.trainPerClass(),
              spec.testPerClass(),
              spec.subsetSeed(),
              spec.imageSize());
      availableTrain = d.train().size();
      availableTest = d.test().size();
    } else {
      DataOutcome o = load(kind.folder, config, spec.imageSize());
      if (o instanceof DataOutcome.Unavailable u) {
        throw new DataUnavailableException(u.message());
      }
      Dataset full = ((DataOutcome.Available) o).dataset();
      availableTrain = full.train().size();
      availableTest = full.test().size();
      ImageSet train = full.train();
      ImageSet test = full.test();
      if (spec.trainPerClass() > 0) {
        train =
            train.subset(
                Subsets.stratified(
                    train, spec.trainPerClass(), spec.subsetSeed(), kind.folder + " train split"));
      }
      if (spec.testPerClass() > 0) {
        // a different stream than the training draw, still fixed by subsetSeed
        long testSeed = new java.util.SplittableRandom(spec.subsetSeed()).split().nextLong();
        test =
            test.subset(
                Subsets.stratified(
                    test, spec.testPerClass(), testSeed, kind.folder + " test split"));
      }
      d = new Dataset(full.name(), train, test, full.classNames(), full.notes());
    }
    return new Core(d, PreparedData.channelStats(d.train()), availableTrain, availableTest);
  }

  /** Computes the value for {@code key} once; later callers get the same instance. */
  @SuppressWarnings("unchecked")
  private static <T> T once(
      Object key, Supplier<T> compute, java.util.function.Predicate<T> cacheable) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> prev = CACHE.putIfAbsent(key, mine);
    if (prev != null) {
      try {
        return (T) prev.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    }
    try {
      T value = compute.get();
      if (!cacheable.test(value)) {
        CACHE.remove(key, mine);
      }
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      CACHE.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
