package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagenetteTest {
  @TempDir Path tmp;

  private Path writeFolders(int perClass) throws Exception {
    return TestFiles.imagenetteFolders(tmp.resolve("data"), perClass);
  }

  @Test
  void decodesResizesAndLabelsByFolder() throws Exception {
    writeFolders(2);
    DataOutcome o =
        Datasets.load("imagenette", TestFiles.config(tmp.resolve("data"), tmp.resolve("c")), 8);
    Dataset d = CifarAndArchiveTest.available(o);
    assertEquals(20, d.train().size());
    assertEquals(20, d.test().size());
    assertEquals(3, d.train().channels());
    assertEquals(8, d.train().height());
    assertEquals(8, d.train().width());
    assertEquals("tench", d.classNames().get(0));
    for (int i = 0; i < d.train().size(); i++) {
      int k = d.train().label(i);
      int g = 20 * k + 30;
      // solid gray survives JPEG and bilinear resizing within a few levels, in all 3 channels
      for (int c = 0; c < 3; c++) {
        assertEquals(g, d.train().pixel(i, c, 4, 4), 4, "image " + i + " channel " + c);
      }
    }
  }

  @Test
  void centerCropKeepsTheMiddleOfWideImages() throws Exception {
    Path f = tmp.resolve("wide.jpg");
    // 30x10: left third black, middle third white, right third black
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(30, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(10, 0, 10, 10);
    g.dispose();
    javax.imageio.ImageIO.write(img, "png", f.toFile());
    byte[] dst = new byte[3 * 10 * 10];
    ImagenetteReader.decodeInto(f, 10, dst, 0);
    // shorter side already 10: the crop is columns 10..19, all white
    assertTrue((dst[5 * 10 + 5] & 0xff) > 240);
    assertTrue((dst[5 * 10 + 1] & 0xff) > 200, "crop should not include the black border");
  }

  @Test
  void unreadableJpegNamesTheFile() throws Exception {
    Path root = writeFolders(1);
    Path bad = root.resolve("val/n03000684/broken.JPEG");
    Files.write(bad, "this is not a JPEG".getBytes());
    BadDataException e =
        assertThrows(
            BadDataException.class,
            () ->
                Datasets.load(
                    "imagenette", TestFiles.config(tmp.resolve("data"), tmp.resolve("c")), 8));
    assertTrue(e.getMessage().startsWith(bad + ": unreadable JPEG"), e.getMessage());
  }

  @Test
  void missingClassFolderIsReported() throws Exception {
    Path root = writeFolders(1);
    SafeExtractor.deleteRecursively(root.resolve("train/n03888257"));
    BadDataException e =
        assertThrows(
            BadDataException.class,
            () ->
                Datasets.load(
                    "imagenette", TestFiles.config(tmp.resolve("data"), tmp.resolve("c")), 8));
    assertTrue(e.getMessage().contains("missing class folder n03888257"), e.getMessage());
  }

  @Test
  void imageSizeOnlyForImagenette() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Datasets.load("mnist", TestFiles.config(null, tmp), 32));
    assertTrue(e.getMessage().contains("only imagenette is resized"), e.getMessage());
  }
}
