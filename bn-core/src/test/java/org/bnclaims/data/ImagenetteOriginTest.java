package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagenetteOriginTest {
  @TempDir Path tmp;

  private ImagenetteFiles folder() throws Exception {
    return ImagenetteFiles.scan(TestFiles.imagenetteFolders(tmp.resolve("data"), 1));
  }

  /** A manifest listing {@code files} with their real MD5s. */
  private static Map<String, String> official(ImagenetteFiles files) {
    Map<String, String> m = new HashMap<>();
    for (ImagenetteFiles.JpegFile f : files.all()) {
      m.put(f.name(), f.md5());
    }
    return m;
  }

  @Test
  void filesListedWithTheirOfficialDigestsNeedNoNote() throws Exception {
    ImagenetteFiles files = folder();
    assertEquals("imagenette2-160/train/n01440764/img0.JPEG", files.train().get(0).name());
    assertNull(ImagenetteOrigin.compare(files.all(), official(files)));
  }

  @Test
  void countsDifferentAndUnknownFiles() throws Exception {
    ImagenetteFiles files = folder();
    Map<String, String> m = official(files);
    m.put(files.train().get(0).name(), "0".repeat(32));
    m.put(files.val().get(1).name(), "1".repeat(32));
    m.remove(files.val().get(2).name());
    assertEquals(
        "2 of 20 images differ from the official files and 1 of 20 are not in the official archive"
            + " (MD5s of official-imagenette2-160-manifest.tsv)",
        ImagenetteOrigin.compare(files.all(), m));
  }

  @Test
  void notesReadTheManifestBesideTheFolder() throws Exception {
    ImagenetteFiles files = folder();
    Path manifest = tmp.resolve("data/imagenette").resolve(ImagenetteOrigin.MANIFEST);
    assertEquals(
        List.of(
            "not checked against the official archive (no official-imagenette2-160-manifest.tsv"
                + " beside imagenette2-160/)"),
        ImagenetteOrigin.notes(files, manifest));
    StringBuilder tsv = new StringBuilder();
    for (ImagenetteFiles.JpegFile f : files.all()) {
      String md5 = f.label() == 9 ? "f".repeat(32) : f.md5().toUpperCase();
      tsv.append(f.name()).append('\t').append(123).append('\t').append(md5).append('\n');
    }
    Files.writeString(manifest, tsv);
    assertEquals(
        List.of(
            "2 of 20 images differ from the official files"
                + " (MD5s of official-imagenette2-160-manifest.tsv)"),
        ImagenetteOrigin.notes(files, manifest));
  }

  @Test
  void aMalformedManifestLineIsNamed() throws Exception {
    Path manifest = tmp.resolve(ImagenetteOrigin.MANIFEST);
    Files.writeString(
        manifest, "imagenette2-160/train/a.JPEG\t12\t" + "a".repeat(32) + "\nbroken line\n");
    BadDataException e =
        assertThrows(BadDataException.class, () -> ImagenetteOrigin.readManifest(manifest));
    assertEquals(
        manifest + ": line 2 is not 'path<TAB>bytes<TAB>md5' (32 hex digits): 'broken line'",
        e.getMessage());
  }

  @Test
  void onlyTheKnownContentGetsTheReencodingNote() throws Exception {
    ImagenetteFiles files = folder();
    assertNotEquals(ImagenetteOrigin.SHARED_SUBSET, files.fingerprint());
    assertFalse(
        ImagenetteOrigin.notes(files, tmp.resolve("absent"))
            .contains(ImagenetteOrigin.SHARED_SUBSET_NOTE));
    // the fingerprint follows the content, not the folder's location
    Path moved = tmp.resolve("elsewhere/imagenette2-160");
    Files.createDirectories(moved.getParent());
    Files.move(files.dir(), moved);
    assertEquals(files.fingerprint(), ImagenetteFiles.scan(moved).fingerprint());
  }
}
