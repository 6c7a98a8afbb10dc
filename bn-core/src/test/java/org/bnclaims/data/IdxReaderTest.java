package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "gzip={0}")
  @ValueSource(booleans = {false, true})
  void readsWellFormedFilesRawAndGzip(boolean gz) throws Exception {
    Path dir = tmp.resolve("mnist");
    TestFiles.writeMnist(dir, 30, 20, gz);
    DataOutcome o = Datasets.load("mnist", TestFiles.config(tmp, tmp.resolve("cache")));
    Dataset d = ((DataOutcome.Available) o).dataset();
    assertEquals(30, d.train().size());
    assertEquals(20, d.test().size());
    assertEquals(1, d.train().channels());
    assertEquals(28, d.train().height());
    assertEquals(28, d.train().width());
    assertArrayEquals(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, d.train().labelHistogram());
    assertEquals(7 % 10, d.train().label(7));
    // pixel j of image i was written as (7 i + j) mod 256; image 5, row 2, column 3 -> j = 59
    assertEquals((7 * 5 + 59) % 256, d.train().pixel(5, 0, 2, 3));
    assertEquals((7 * 5 + 59) % 256, d.train().image(5)[59]);
  }

  private Path imagesFile(byte[] content) throws Exception {
    Path f = tmp.resolve("train-images-idx3-ubyte");
    Files.write(f, content);
    return f;
  }

  private Path labelsFile(byte[] content) throws Exception {
    Path f = tmp.resolve("train-labels-idx1-ubyte");
    Files.write(f, content);
    return f;
  }

  private static void assertMessage(BadDataException e, Path file, String problem) {
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void wrongMagicNumberNamesFileAndMagic() throws Exception {
    byte[] img = TestFiles.idxImages(2, 28, 28, new byte[2 * 784]);
    ByteBuffer.wrap(img).putInt(0, 0x00000801);
    Path f = imagesFile(img);
    Path l = labelsFile(TestFiles.idxLabels(new byte[2]));
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.read(f, l, 28, 10));
    assertMessage(e, f, "wrong magic number 0x00000801, expected 0x00000803");
  }

  @Test
  void truncatedImagesFile() throws Exception {
    byte[] img = TestFiles.idxImages(3, 28, 28, new byte[3 * 784]);
    Path f = imagesFile(Arrays.copyOf(img, img.length - 100));
    Path l = labelsFile(TestFiles.idxLabels(new byte[3]));
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.read(f, l, 28, 10));
    assertMessage(e, f, "truncated: header declares 3 images");
  }

  @Test
  void truncatedHeader() throws Exception {
    Path f = imagesFile(new byte[] {0, 0, 8, 3, 0});
    Path l = labelsFile(TestFiles.idxLabels(new byte[3]));
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.read(f, l, 28, 10));
    assertMessage(e, f, "truncated header");
  }

  @Test
  void countMismatchWhenFileHoldsMoreThanHeaderSays() throws Exception {
    Path f = imagesFile(TestFiles.idxImages(2, 28, 28, new byte[3 * 784]));
    Path l = labelsFile(TestFiles.idxLabels(new byte[2]));
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.read(f, l, 28, 10));
    assertMessage(e, f, "count mismatch: header declares 2 images");
  }

  @Test
  void labelOutOfRange() throws Exception {
    Path f = imagesFile(TestFiles.idxImages(3, 28, 28, new byte[3 * 784]));
    Path l = labelsFile(TestFiles.idxLabels(new byte[] {1, 10, 2}));
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.read(f, l, 28, 10));
    assertMessage(e, l, "label 10 at index 1 is out of range 0..9");
  }

  @Test
  void imagesAndLabelsDisagree() throws Exception {
    Path f = imagesFile(TestFiles.idxImages(3, 28, 28, new byte[3 * 784]));
    Path l = labelsFile(TestFiles.idxLabels(new byte[4]));
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.read(f, l, 28, 10));
    assertMessage(e, f, "holds 3 images but " + l + " holds 4 labels");
  }

  @Test
  void wrongImageSize() throws Exception {
    Path f = imagesFile(TestFiles.idxImages(1, 32, 32, new byte[1024]));
    Path l = labelsFile(TestFiles.idxLabels(new byte[1]));
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.read(f, l, 28, 10));
    assertMessage(e, f, "images are 32x32, expected 28x28");
  }

  @Test
  void truncatedGzip() throws Exception {
    byte[] gz = TestFiles.gzip(TestFiles.idxImages(3, 28, 28, TestFiles.pattern(3, 784)));
    Path f = tmp.resolve("train-images-idx3-ubyte.gz");
    Files.write(f, Arrays.copyOf(gz, gz.length / 2));
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.readAll(f));
    assertMessage(e, f, "truncated gzip stream");
  }

  @Test
  void notGzipAtAll() throws Exception {
    Path f = tmp.resolve("t10k-labels-idx1-ubyte.gz");
    Files.write(f, "plain text, not gzip".getBytes());
    BadDataException e = assertThrows(BadDataException.class, () -> IdxReader.readAll(f));
    assertMessage(e, f, "not a valid gzip file");
  }
}
