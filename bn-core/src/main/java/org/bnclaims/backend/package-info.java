/**
 * Chooses and builds the executor backend from the settings: {@code bn.executor=local} (worker
 * threads on this machine, one per core or one per GPU) or {@code spark} (tasks on a Spark master,
 * {@code bn.spark.master}), with the devices of {@code bn.device}. The one place that knows every
 * backend, so callers make a single call.
 */
package org.bnclaims.backend;
