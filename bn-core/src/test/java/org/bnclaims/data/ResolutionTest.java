package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionTest {
  @TempDir Path tmp;

  /** Each root holds an MNIST-shaped folder with a different training-set size. */
  private DataConfig threeRoots(boolean explicit, boolean cache, boolean system) throws Exception {
    Path e = tmp.resolve("explicit");
    Path c = tmp.resolve("cache");
    Path s = tmp.resolve("system");
    if (explicit) {
      TestFiles.writeMnist(e.resolve("mnist"), 11, 10, true);
    }
    if (cache) {
      TestFiles.writeMnist(c.resolve("mnist"), 12, 10, false);
    }
    if (system) {
      TestFiles.writeMnist(s.resolve("mnist"), 13, 10, true);
    }
    return new DataConfig(e, c, List.of(s), true);
  }

  private int trainSize(DataConfig cfg) {
    return CifarAndArchiveTest.available(Datasets.load("mnist", cfg)).train().size();
  }

  @Test
  void explicitDirectoryWins() throws Exception {
    assertEquals(11, trainSize(threeRoots(true, true, true)));
  }

  @Test
  void cacheBeforeSystem() throws Exception {
    assertEquals(12, trainSize(threeRoots(false, true, true)));
  }

  @Test
  void systemLast() throws Exception {
    assertEquals(13, trainSize(threeRoots(false, false, true)));
  }

  @Test
  void incompleteFolderIsSkippedAndReported() throws Exception {
    DataConfig cfg = threeRoots(true, false, true);
    java.nio.file.Files.delete(tmp.resolve("explicit/mnist/t10k-labels-idx1-ubyte.gz"));
    assertEquals(13, trainSize(cfg));
  }

  @Test
  void unavailableMessageSaysWhatToPutWhere() throws Exception {
    DataConfig cfg = threeRoots(false, false, false);
    java.nio.file.Files.createDirectories(tmp.resolve("cache/cifar10"));
    DataOutcome o = Datasets.load("cifar10", cfg);
    String m = assertInstanceOf(DataOutcome.Unavailable.class, o).message();
    assertTrue(m.contains("Dataset 'cifar10' is not available"), m);
    assertTrue(m.contains("explicit directory " + tmp.resolve("explicit/cifar10") + ": absent"), m);
    assertTrue(
        m.contains(
            "cache "
                + tmp.resolve("cache/cifar10")
                + ": incomplete, missing cifar-10-batches-bin/data_batch_1.bin .. data_batch_5.bin"
                + " (at least one)"),
        m);
    assertTrue(m.contains("system directory " + tmp.resolve("system/cifar10") + ": absent"), m);
    assertTrue(m.contains("download refused: offline"), m);
    assertTrue(
        m.contains(
            "put cifar-10-binary.tar.gz or its extracted folder "
                + "cifar-10-batches-bin/ holding data_batch_1.bin"),
        m);
    assertTrue(m.contains("into " + tmp.resolve("explicit") + "/cifar10/"), m);
    assertTrue(
        m.contains(
            "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz (SHA-256 "
                + "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd)"),
        m);
  }

  @Test
  void fashionMessageMentionsDebianPackage() {
    DataConfig cfg = new DataConfig(null, tmp.resolve("cache"), List.of(), true);
    String m = ((DataOutcome.Unavailable) Datasets.load("fashion-mnist", cfg)).message();
    assertTrue(m.contains("explicit directory: not set (bn.dataDir / BN_DATA_DIR)"), m);
    assertTrue(m.contains("train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz"), m);
    assertTrue(m.contains("apt-get install dataset-fashion-mnist"), m);
  }

  @Test
  void prepareTurnsUnavailableIntoException() {
    DataConfig cfg = new DataConfig(null, tmp.resolve("cache"), List.of(), true);
    DataUnavailableException e =
        assertThrows(
            DataUnavailableException.class, () -> Datasets.prepare(DataSpec.of("cifar100"), cfg));
    assertTrue(e.getMessage().contains("cifar-100-binary.tar.gz"), e.getMessage());
  }

  @Test
  void unknownNameListsValidOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Datasets.load("svhn", TestFiles.config(null, tmp)));
    assertEquals(
        "unknown dataset 'svhn'; valid names: "
            + "[mnist, fashion-mnist, cifar10, cifar100, imagenette]",
        e.getMessage());
  }

  @Test
  void loadedOncePerJvmEvenWhenRequestedConcurrently() throws Exception {
    DataConfig cfg = threeRoots(true, false, false);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<DataOutcome>> fs = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        fs.add(pool.submit(() -> Datasets.load("mnist", cfg)));
      }
      Dataset first = ((DataOutcome.Available) fs.get(0).get()).dataset();
      for (var f : fs) {
        assertSame(first, ((DataOutcome.Available) f.get()).dataset());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void environmentConfigReadsPropertiesAndOfflineFlag() {
    // surefire sets ai.djl.offline=true, so the suite's default configuration never downloads
    DataConfig cfg = DataConfig.fromEnvironment();
    assertTrue(cfg.offline());
    assertEquals(List.of(Path.of("/usr/share/datasets")), cfg.systemDirs());
    assertNotNull(cfg.cacheDir());
  }
}
