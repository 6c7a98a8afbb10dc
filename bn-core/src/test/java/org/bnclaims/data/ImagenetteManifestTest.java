package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the layout the Imagenette loader expects against {@code
 * official-imagenette2-160-manifest.tsv} (every member of the official archive: path, bytes, MD5),
 * so a wrong class id cannot hide until someone unpacks the real archive.
 */
class ImagenetteManifestTest {
  static final String MANIFEST = "imagenette/official-imagenette2-160-manifest.tsv";

  /** Manifest paths, e.g. {@code imagenette2-160/train/n01440764/ILSVRC2012_val_00000293.JPEG}. */
  static List<String> manifestPaths() throws Exception {
    Path manifest = RealData.requireFile(MANIFEST);
    List<String> paths = new ArrayList<>();
    List<String> lines = Files.readAllLines(manifest);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      assertEquals(3, f.length, manifest + " line " + (i + 1) + ": expected path, bytes, md5");
      paths.add(f[0]);
    }
    return paths;
  }

  @Test
  void classFoldersAreTheOfficialWnidsInBothSplits() throws Exception {
    List<String> paths = manifestPaths();
    // the official imagenette2-160.tgz holds 9,469 train and 3,925 val images
    assertEquals(13_394, paths.size());
    Map<String, Set<String>> wnidsBySplit = new TreeMap<>();
    for (String p : paths) {
      String[] part = p.split("/");
      assertEquals(4, part.length, p);
      assertEquals(DatasetKind.IMAGENETTE.extractedDir, part[0], p);
      wnidsBySplit.computeIfAbsent(part[1], s -> new TreeSet<>()).add(part[2]);
    }
    assertEquals(DatasetKind.IMAGENETTE.required, List.copyOf(wnidsBySplit.keySet()));
    for (Map.Entry<String, Set<String>> e : wnidsBySplit.entrySet()) {
      // label order is the sorted wnid order, so the lists must agree element by element
      assertEquals(ClassNames.IMAGENETTE_WNIDS, List.copyOf(e.getValue()), "split " + e.getKey());
    }
  }

  @Test
  void sharedSubsetKeepsTheOfficialSplitAndFileNames() throws Exception {
    Set<String> official = new HashSet<>(manifestPaths());
    Path dir = RealData.root().resolve("imagenette");
    if (!Files.isDirectory(dir.resolve(DatasetKind.IMAGENETTE.extractedDir))) {
      RealData.missing(dir + " holds no " + DatasetKind.IMAGENETTE.extractedDir + "/ folder");
    }
    List<String> unofficial = new ArrayList<>();
    int n = 0;
    try (Stream<Path> s = Files.walk(dir.resolve(DatasetKind.IMAGENETTE.extractedDir))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        n++;
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!official.contains(rel)) {
          unofficial.add(rel);
        }
      }
    }
    assertEquals(4_000, n);
    assertEquals(List.of(), unofficial, "files not in the official archive");
  }
}
