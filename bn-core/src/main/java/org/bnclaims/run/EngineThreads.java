package org.bnclaims.run;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes PyTorch's thread pools for parallel workers: each of {@code workers} runs gets {@code
 * max(1, cores / workers)} intra-op threads and the process one inter-op thread, so parallel runs
 * do not oversubscribe the cores (small models train faster this way than with one multi-threaded
 * run at a time).
 *
 * <p>DJL reads {@code ai.djl.pytorch.num_threads} and {@code ai.djl.pytorch.num_interop_threads}
 * only when the PyTorch engine is first loaded, and PyTorch cannot change its inter-op pool after
 * that. {@link #configure} therefore sets the properties, loads the engine, and checks the
 * effective values: if the engine had been loaded before with other values it says so (a warning
 * and {@link Report#tooLate()}) and still sets the intra-op count, which can change at any time.
 */
public final class EngineThreads {

  /** DJL system property: PyTorch intra-op threads. */
  public static final String INTRA_OP_PROPERTY = "ai.djl.pytorch.num_threads";

  /** DJL system property: PyTorch inter-op threads. */
  public static final String INTER_OP_PROPERTY = "ai.djl.pytorch.num_interop_threads";

  private static final Logger LOG = LoggerFactory.getLogger(EngineThreads.class);

  private EngineThreads() {}

  /**
   * What {@link #configure} asked for and got.
   *
   * @param intraOpThreads intra-op threads per worker now in effect
   * @param interOpThreads inter-op threads in effect (wanted: 1)
   * @param tooLate true when the engine had already been loaded with other thread counts
   */
  public record Report(int intraOpThreads, int interOpThreads, boolean tooLate) {}

  /** Intra-op threads per worker: {@code max(1, cores / workers)}. */
  public static int intraOpThreads(int cores, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    return Math.max(1, cores / workers);
  }

  /** Configures PyTorch for {@code workers} parallel runs on this machine's cores. */
  public static Report configure(int workers) {
    return configure(workers, Runtime.getRuntime().availableProcessors());
  }

  static synchronized Report configure(int workers, int cores) {
    int intra = intraOpThreads(cores, workers);
    System.setProperty(INTRA_OP_PROPERTY, Integer.toString(intra));
    System.setProperty(INTER_OP_PROPERTY, "1");
    Engine.getEngine("PyTorch");
    int actualIntra = JniUtils.getNumThreads();
    int actualInter = JniUtils.getNumInteropThreads();
    if (actualIntra == intra && actualInter == 1) {
      LOG.info("PyTorch: {} intra-op thread(s) per worker, 1 inter-op thread", intra);
      return new Report(intra, actualInter, false);
    }
    JniUtils.setNumThreads(intra);
    LOG.warn(
        "PyTorch was loaded before EngineThreads.configure({}): it had {} intra-op and {} inter-op"
            + " threads; intra-op is now {}, inter-op cannot change any more (call configure"
            + " before anything touches the engine)",
        workers,
        actualIntra,
        actualInter,
        intra);
    return new Report(JniUtils.getNumThreads(), actualInter, true);
  }
}
