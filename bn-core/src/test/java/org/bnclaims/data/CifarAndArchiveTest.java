package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CifarAndArchiveTest {
  @TempDir Path tmp;

  @Test
  void readsExtractedCifar10Batches() throws Exception {
    TestFiles.writeEntries(tmp.resolve("cifar10"), TestFiles.cifar10Entries(4));
    Dataset d = available(Datasets.load("cifar10", TestFiles.config(tmp, tmp.resolve("c"))));
    assertEquals(20, d.train().size());
    assertEquals(4, d.test().size());
    assertEquals(3, d.train().channels());
    assertEquals(32, d.train().height());
    // record i of each batch has label i mod 10; batch 2, record 3 is training image 7
    assertEquals(3, d.train().label(7));
    // pixel j (channel-major: red plane first) of record i is (7 i + j) mod 256
    assertEquals((7 * 3 + 1024 + 32 * 5 + 6) % 256, d.train().pixel(7, 1, 5, 6));
    assertEquals("truck", d.classNames().get(9));
  }

  @Test
  void readsCifar100FineLabels() throws Exception {
    Path dir = tmp.resolve("cifar100/cifar-100-binary");
    TestFiles.write(dir.resolve("train.bin"), TestFiles.cifar(205, 2, 100), false);
    TestFiles.write(dir.resolve("test.bin"), TestFiles.cifar(100, 2, 100), false);
    Dataset d = available(Datasets.load("cifar100", TestFiles.config(tmp, tmp.resolve("c"))));
    assertEquals(205, d.train().size());
    assertEquals(100, d.train().classes());
    assertEquals(100, d.classNames().size());
    assertEquals(57, d.train().label(157)); // fine label, not the coarse 57 / 5
    assertEquals(3, d.train().labelHistogram()[4]);
    assertEquals(2, d.train().labelHistogram()[5]);
  }

  @Test
  void truncatedCifarRecord() throws Exception {
    Path f = tmp.resolve("data_batch_1.bin");
    byte[] b = TestFiles.cifar(3, 1, 10);
    Files.write(f, Arrays.copyOf(b, b.length - 1));
    BadDataException e =
        assertThrows(BadDataException.class, () -> CifarReader.read(List.of(f), 1, 10));
    assertTrue(e.getMessage().startsWith(f + ": truncated or corrupt"), e.getMessage());
    assertTrue(e.getMessage().contains("3073-byte record"), e.getMessage());
  }

  @Test
  void cifarLabelOutOfRange() throws Exception {
    Path f = tmp.resolve("test_batch.bin");
    byte[] b = TestFiles.cifar(3, 1, 10);
    b[2 * 3073] = 10;
    Files.write(f, b);
    BadDataException e =
        assertThrows(BadDataException.class, () -> CifarReader.read(List.of(f), 1, 10));
    assertEquals(f + ": label 10 of record 2 is out of range 0..9", e.getMessage());
  }

  @Test
  void cifar100CoarseLabelOutOfRange() throws Exception {
    Path f = tmp.resolve("train.bin");
    byte[] b = TestFiles.cifar(2, 2, 100);
    b[3074] = 20;
    Files.write(f, b);
    BadDataException e =
        assertThrows(BadDataException.class, () -> CifarReader.read(List.of(f), 2, 100));
    assertEquals(f + ": coarse label 20 of record 1 is out of range 0..19", e.getMessage());
  }

  @Test
  void archiveInSystemDirIsExtractedIntoCacheOnce() throws Exception {
    Path system = tmp.resolve("system");
    Path cache = tmp.resolve("cache");
    TestFiles.write(
        system.resolve("cifar10/cifar-10-binary.tar.gz"),
        TestFiles.tarGz(TestFiles.cifar10Entries(2)),
        false);
    DataConfig cfg = new DataConfig(null, cache, List.of(system), true);
    Dataset d = available(Datasets.load("cifar10", cfg));
    assertEquals(10, d.train().size());
    assertTrue(Files.isRegularFile(cache.resolve("cifar10/cifar-10-batches-bin/test_batch.bin")));
    // only the extracted folder remains: no temporary extraction directory
    try (var s = Files.list(cache.resolve("cifar10"))) {
      assertEquals(
          List.of("cifar-10-batches-bin"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void entryEscapingTargetIsRefusedAndNothingIsWritten() throws Exception {
    Path explicit = tmp.resolve("data");
    Path cache = tmp.resolve("cache");
    Map<String, byte[]> entries = new LinkedHashMap<>(TestFiles.cifar10Entries(1));
    entries.put("../evil", "pwned".getBytes());
    entries.put("cifar-10-batches-bin/late.bin", new byte[10]);
    TestFiles.write(
        explicit.resolve("cifar10/cifar-10-binary.tar.gz"), TestFiles.tarGz(entries), false);
    DataConfig cfg = TestFiles.config(explicit, cache);
    BadDataException e = assertThrows(BadDataException.class, () -> Datasets.load("cifar10", cfg));
    assertTrue(e.getMessage().contains("cifar-10-binary.tar.gz"), e.getMessage());
    assertTrue(e.getMessage().contains("'../evil' escapes its target directory"), e.getMessage());
    assertFalse(Files.exists(cache.resolve("evil")));
    assertFalse(Files.exists(cache.resolve("cifar10/evil")));
    assertFalse(Files.exists(explicit.resolve("cifar10/evil")));
    assertEquals(
        List.of(cache.resolve("cifar10")),
        TestFiles.listRecursively(cache.resolve("cifar10")),
        "extraction left files behind");
  }

  @Test
  void truncatedArchiveLeavesNothingBehind() throws Exception {
    Path explicit = tmp.resolve("data");
    Path cache = tmp.resolve("cache");
    byte[] tgz = TestFiles.tarGz(TestFiles.cifar10Entries(3));
    Path archive = explicit.resolve("cifar10/cifar-10-binary.tar.gz");
    TestFiles.write(archive, Arrays.copyOf(tgz, tgz.length * 2 / 3), false);
    BadDataException e =
        assertThrows(
            BadDataException.class,
            () -> Datasets.load("cifar10", TestFiles.config(explicit, cache)));
    assertTrue(e.getMessage().startsWith(archive + ": truncated archive"), e.getMessage());
    assertEquals(
        List.of(cache.resolve("cifar10")), TestFiles.listRecursively(cache.resolve("cifar10")));
  }

  @Test
  void archiveWithoutExpectedFolder() throws Exception {
    Path explicit = tmp.resolve("data");
    Path archive = explicit.resolve("cifar10/cifar-10-binary.tar.gz");
    TestFiles.write(archive, TestFiles.tarGz(Map.of("other/x.bin", new byte[3])), false);
    BadDataException e =
        assertThrows(
            BadDataException.class,
            () -> Datasets.load("cifar10", TestFiles.config(explicit, tmp.resolve("cache"))));
    assertEquals(
        archive + ": archive has no top-level folder 'cifar-10-batches-bin'", e.getMessage());
  }

  static Dataset available(DataOutcome o) {
    if (o instanceof DataOutcome.Unavailable u) {
      fail(u.message());
    }
    return ((DataOutcome.Available) o).dataset();
  }
}
