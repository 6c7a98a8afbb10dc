/**
 * The Apache Spark executor backend: replicates run as Spark tasks on a cluster (or {@code
 * local[N]}), and the driver alone writes the run cache.
 *
 * <p>The driver plans seed batches exactly as the local executor does ({@link
 * org.bnclaims.run.SeedBatches}); each batch becomes one Spark task that carries the spec's
 * canonical JSON, the seeds and the data directory, trains on the worker, and returns each seed's
 * result JSON. The driver parses the results and stores them through {@link
 * org.bnclaims.run.RunCache}, so the cache is byte-for-byte what the local executor writes, a later
 * local run is served from it, and a task whose executor dies leaves no partial entry (Spark
 * retries it, up to {@code spark.task.maxFailures} attempts).
 *
 * <p>Spark is a {@code provided} dependency of bn-core: nothing here loads unless {@code
 * bn.executor=spark} is set, and a project that sets it adds {@code spark-core_2.13} itself.
 */
package org.bnclaims.spark;
