package org.bnclaims.claim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * A Spark listener (registered through {@code spark.extraListeners}) that kills the cluster's
 * executor JVM once, as soon as a task has started on it, and counts what Spark then reports:
 * failed task attempts and removed executors. Spark instantiates it by name, so its state is
 * static; {@link #arm} resets it.
 */
public final class ExecutorKiller extends SparkListener {

  private static final AtomicReference<LoopbackSparkCluster> TARGET = new AtomicReference<>();
  static final AtomicInteger KILLED = new AtomicInteger();
  static final AtomicInteger FAILED_ATTEMPTS = new AtomicInteger();
  static final AtomicInteger EXECUTORS_REMOVED = new AtomicInteger();
  static final List<String> REASONS = new CopyOnWriteArrayList<>();

  /** Kills one executor of {@code cluster} on the next task start. */
  static void arm(LoopbackSparkCluster cluster) {
    KILLED.set(0);
    FAILED_ATTEMPTS.set(0);
    EXECUTORS_REMOVED.set(0);
    REASONS.clear();
    TARGET.set(cluster);
  }

  static void disarm() {
    TARGET.set(null);
  }

  @Override
  public void onTaskStart(SparkListenerTaskStart start) {
    LoopbackSparkCluster cluster = TARGET.getAndSet(null);
    if (cluster != null) {
      List<ProcessHandle> executors = cluster.executors();
      executors.forEach(ProcessHandle::destroyForcibly);
      KILLED.addAndGet(executors.size());
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    if (end.reason() != Success$.MODULE$) {
      FAILED_ATTEMPTS.incrementAndGet();
      REASONS.add(end.reason().toString());
    }
  }

  @Override
  public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
    EXECUTORS_REMOVED.incrementAndGet();
    REASONS.add("executor " + removed.executorId() + " removed: " + removed.reason());
  }
}
