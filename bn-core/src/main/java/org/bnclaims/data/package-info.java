/**
 * Datasets: loaders for MNIST, Fashion-MNIST, CIFAR-10/100 and Imagenette, a seeded synthetic
 * stand-in, and the preparation (stratified subsets, normalization, augmentation) a run trains on.
 *
 * <p>Files are found in the order of DESIGN.md section 6: the explicit data directory ({@code
 * bn.dataDir} / {@code BN_DATA_DIR}), the cache ({@code bn.dataCacheDir} / {@code
 * BN_DATA_CACHE_DIR}, default {@code ~/.bn-claims/datasets}), system locations ({@code
 * /usr/share/datasets}), then a download checked against a pinned SHA-256 unless offline. When
 * nothing works the outcome is {@link org.bnclaims.data.DataOutcome.Unavailable} with a message
 * saying which files to put where, so a claim can be skipped with a reason instead of failing.
 * Malformed files fail loudly with {@link org.bnclaims.data.BadDataException} naming the file and
 * the problem. Each dataset is loaded once per JVM and shared read-only by all runs.
 *
 * <p>{@link org.bnclaims.data.PreparedData#description()} says what data a run used, for the
 * report: images used out of those found, shape as trained, preparation, and each loader's notes on
 * how its files differ from the official dataset (a subset, re-encoded images, a synthetic
 * stand-in).
 *
 * <p>Every root holds one folder per dataset: {@code mnist/} and {@code fashion-mnist/} with the
 * four {@code *-idx?-ubyte[.gz]} files; {@code cifar10/} with {@code cifar-10-binary.tar.gz} or
 * {@code cifar-10-batches-bin/test_batch.bin} and any of {@code data_batch_1..5.bin} (a folder with
 * only some batches trains on those, and says so); {@code cifar100/} with {@code
 * cifar-100-binary.tar.gz} or {@code cifar-100-binary/{train,test}.bin} (fine labels are used);
 * {@code imagenette/} with {@code imagenette2-160.tgz} or {@code
 * imagenette2-160/{train,val}/<wnid>/*.JPEG}. Archives are extracted into the cache (a temporary
 * folder, then an atomic rename); decoded Imagenette images are kept there too ({@code
 * imagenette/decoded/}, named by content), so only the first JVM pays for decoding the JPEGs.
 */
package org.bnclaims.data;
