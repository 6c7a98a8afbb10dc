package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCacheTest {
  private static final int SIDE = 8;

  /** Header: magic, count, channels, height, width; then one label byte per image. */
  private static final int HEADER = 20;

  @TempDir Path tmp;
  private Path cache;
  private ImagenetteFiles files;

  @BeforeEach
  void folders() throws Exception {
    files = ImagenetteFiles.scan(TestFiles.imagenetteFolders(tmp.resolve("data"), 1));
    cache = tmp.resolve("cache/imagenette/decoded");
  }

  private List<Path> copies() throws Exception {
    try (var s = Files.list(cache)) {
      return s.sorted().toList();
    }
  }

  private static void assertSamePixels(ImageSet a, ImageSet b) {
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.image(i), b.image(i), "image " + i);
      assertEquals(a.label(i), b.label(i));
    }
  }

  /** Overwrites one byte of {@code file} at {@code pos}. */
  private static void poke(Path file, long pos, int value) throws Exception {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.write(ByteBuffer.wrap(new byte[] {(byte) value}), pos);
    }
  }

  @Test
  void storesOneCopyWithTheDecodedPixelsAndNoTemporaryFile() throws Exception {
    ImageSet first = DecodeCache.getOrDecode(cache, files.train(), SIDE);
    assertSamePixels(ImagenetteReader.read(files.train(), SIDE), first);
    List<Path> copies = copies();
    assertEquals(1, copies.size(), copies.toString());
    assertEquals(
        DecodeCache.key(files.train(), SIDE) + ".rgb", copies.get(0).getFileName().toString());
    assertEquals(HEADER + 10 + 10L * 3 * SIDE * SIDE, Files.size(copies.get(0)));
  }

  @Test
  void aSecondLoadReadsTheCopyInsteadOfDecoding() throws Exception {
    DecodeCache.getOrDecode(cache, files.train(), SIDE);
    Path copy = copies().get(0);
    // a pixel no JPEG decode produces here (the images are solid gray 30..210) shows the copy is
    // read
    poke(copy, HEADER + 10, 7);
    ImageSet second = DecodeCache.getOrDecode(cache, files.train(), SIDE);
    assertEquals(7, second.pixel(0, 0, 0, 0));
  }

  @Test
  void changedFilesAndOtherSizesNameOtherCopies() throws Exception {
    String key = DecodeCache.key(files.train(), SIDE);
    assertNotEquals(key, DecodeCache.key(files.train(), SIDE + 1));
    Path jpeg = files.train().get(3).path();
    TestFiles.jpeg(jpeg, 24, 16, new Color(200, 10, 10));
    ImagenetteFiles changed = ImagenetteFiles.scan(files.dir());
    assertNotEquals(key, DecodeCache.key(changed.train(), SIDE));
    DecodeCache.getOrDecode(cache, files.train(), SIDE);
    ImageSet red = DecodeCache.getOrDecode(cache, changed.train(), SIDE);
    assertEquals(2, copies().size());
    assertTrue(red.pixel(3, 0, 4, 4) > 150 && red.pixel(3, 1, 4, 4) < 60, "the new file decoded");
  }

  @Test
  void aTruncatedCopyIsIgnoredAndRewritten() throws Exception {
    ImageSet fresh = DecodeCache.getOrDecode(cache, files.train(), SIDE);
    Path copy = copies().get(0);
    long size = Files.size(copy);
    try (FileChannel c = FileChannel.open(copy, StandardOpenOption.WRITE)) {
      c.truncate(size - 5);
    }
    assertSamePixels(fresh, DecodeCache.getOrDecode(cache, files.train(), SIDE));
    assertEquals(size, Files.size(copy));
  }

  @Test
  void aCopyWithOtherLabelsIsIgnored() throws Exception {
    ImageSet fresh = DecodeCache.getOrDecode(cache, files.train(), SIDE);
    Path copy = copies().get(0);
    poke(copy, HEADER, 9);
    poke(copy, HEADER + 10, 7);
    ImageSet again = DecodeCache.getOrDecode(cache, files.train(), SIDE);
    assertSamePixels(fresh, again);
  }

  @Test
  void anUnwritableCacheStillYieldsTheImages() throws Exception {
    Files.createDirectories(cache.getParent());
    Files.writeString(cache, "a file where the folder should be");
    ImageSet set = DecodeCache.getOrDecode(cache, files.val(), SIDE);
    assertSamePixels(ImagenetteReader.read(files.val(), SIDE), set);
  }
}
