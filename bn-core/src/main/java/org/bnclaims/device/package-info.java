/**
 * Where runs train: the {@code bn.device} setting ({@code cpu}, {@code gpu}, {@code gpu:N}, or
 * unset for every visible GPU, else the CPU), the plan that gives each worker its device, the pool
 * of devices the trainer leases one run at a time, and what provenance records about a device (its
 * name, CUDA and cuDNN versions).
 *
 * <p>The plan is a pure function of the setting and the visible GPUs, so it is tested with fake
 * device lists; only {@link org.bnclaims.device.Devices} asks the engine what is there.
 */
package org.bnclaims.device;
