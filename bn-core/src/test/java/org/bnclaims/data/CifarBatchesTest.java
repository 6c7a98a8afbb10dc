package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CIFAR-10 folder may hold any of the five training batches, but not none of them. */
class CifarBatchesTest {
  @TempDir Path tmp;

  /** Writes {@code batches} (1..5) of {@code perFile} records each, plus a 4-record test batch. */
  private DataConfig folderWith(int perFile, int... batches) throws Exception {
    Path dir = tmp.resolve("data/cifar10/cifar-10-batches-bin");
    for (int b : batches) {
      // batch b's records are offset by 100 b so the test can tell the batches apart
      byte[] recs = TestFiles.cifar(perFile, 1, 10);
      for (int r = 0; r < perFile; r++) {
        recs[r * 3073 + 1] = (byte) (100 + b);
      }
      TestFiles.write(dir.resolve("data_batch_" + b + ".bin"), recs, false);
    }
    TestFiles.write(dir.resolve("test_batch.bin"), TestFiles.cifar(4, 1, 10), false);
    return TestFiles.config(tmp.resolve("data"), tmp.resolve("cache"));
  }

  @Test
  void readsTheBatchesThatArePresentInOrder() throws Exception {
    Dataset d = CifarAndArchiveTest.available(Datasets.load("cifar10", folderWith(3, 4, 2)));
    assertEquals(6, d.train().size());
    assertEquals(4, d.test().size());
    // batch 2 comes before batch 4, whatever order the files were written in
    assertEquals(102, d.train().pixel(0, 0, 0, 0));
    assertEquals(104, d.train().pixel(3, 0, 0, 0));
    assertEquals(2, d.train().label(5));
  }

  @Test
  void oneBatchIsEnough() throws Exception {
    Dataset d = CifarAndArchiveTest.available(Datasets.load("cifar10", folderWith(5, 1)));
    assertEquals(5, d.train().size());
    assertEquals(101, d.train().pixel(4, 0, 0, 0));
  }

  @Test
  void notesHowManyImagesItFoundInWhichBatches() throws Exception {
    Dataset d = CifarAndArchiveTest.available(Datasets.load("cifar10", folderWith(3, 4, 2)));
    assertEquals(
        List.of(
            "a subset of the official files: 6 of 50,000 training images and 4 of 10,000 test"
                + " images, found in 2 of 5 batches (data_batch_2.bin, data_batch_4.bin)"),
        d.notes());
    assertEquals(
        "found in 1 of 5 batches (data_batch_1.bin)",
        CifarReader.batchesFound(List.of(Path.of("x/data_batch_1.bin")), 5));
  }

  @Test
  void noTrainingBatchSaysWhatToPutWhere() throws Exception {
    DataConfig cfg = folderWith(1);
    String m =
        assertInstanceOf(DataOutcome.Unavailable.class, Datasets.load("cifar10", cfg)).message();
    assertTrue(
        m.contains(
            "explicit directory "
                + tmp.resolve("data/cifar10")
                + ": incomplete, missing cifar-10-batches-bin/data_batch_1.bin .. data_batch_5.bin"
                + " (at least one)\n"),
        m);
    assertTrue(
        m.contains(
            "put cifar-10-binary.tar.gz or its extracted folder cifar-10-batches-bin/ holding"
                + " data_batch_1.bin .. data_batch_5.bin (at least one; all of them for the full"
                + " training set) and test_batch.bin\n  into "
                + tmp.resolve("data")
                + "/cifar10/"),
        m);
  }

  @Test
  void batchesWithoutTheTestBatchAreIncomplete() throws Exception {
    DataConfig cfg = folderWith(2, 1, 2);
    Files.delete(tmp.resolve("data/cifar10/cifar-10-batches-bin/test_batch.bin"));
    String m =
        assertInstanceOf(DataOutcome.Unavailable.class, Datasets.load("cifar10", cfg)).message();
    assertTrue(m.contains(": incomplete, missing cifar-10-batches-bin/test_batch.bin\n"), m);
  }

  @Test
  void aCorruptBatchAmongThemIsNamed() throws Exception {
    DataConfig cfg = folderWith(2, 1, 3);
    Path bad = tmp.resolve("data/cifar10/cifar-10-batches-bin/data_batch_3.bin");
    Files.write(bad, new byte[3073 + 10]);
    BadDataException e = assertThrows(BadDataException.class, () -> Datasets.load("cifar10", cfg));
    assertTrue(e.getMessage().startsWith(bad + ": truncated or corrupt"), e.getMessage());
  }
}
