package org.bnclaims.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a dataset's files in the order of DESIGN.md section 6 (explicit directory, cache, system
 * locations, pinned download) and reads them; archives are extracted into the cache.
 */
final class Resolver {
  private static final Logger LOG = LoggerFactory.getLogger(Resolver.class);

  /** Folder of decoded image copies inside a dataset's cache folder, see {@link DecodeCache}. */
  static final String DECODED = "decoded";

  private Resolver() {}

  /** A root searched for {@code <root>/<dataset folder>/}, with its role for messages. */
  private record Root(String role, Path dir) {}

  static DataOutcome resolve(
      DatasetKind kind, DataConfig config, List<RemoteFile> remote, int imageSize) {
    int side = kind.side(imageSize);
    List<Root> roots = new ArrayList<>();
    if (config.explicitDir() != null) {
      roots.add(new Root("explicit directory", config.explicitDir()));
    }
    if (config.cacheDir() != null) {
      roots.add(new Root("cache", config.cacheDir()));
    }
    for (Path p : config.systemDirs()) {
      roots.add(new Root("system directory", p));
    }
    List<String> searched = new ArrayList<>();
    if (config.explicitDir() == null) {
      searched.add("explicit directory: not set (bn.dataDir / BN_DATA_DIR)");
    }
    for (Root r : roots) {
      Path dir = r.dir().resolve(kind.folder);
      List<String> missing = missing(kind, dir);
      if (missing.isEmpty()) {
        return new DataOutcome.Available(read(kind, dir, side, decodedDir(kind, config)));
      }
      if (kind.archive != null && Files.isRegularFile(dir.resolve(kind.archive))) {
        if (config.cacheDir() == null) {
          searched.add(
              r.role()
                  + " "
                  + dir
                  + ": has "
                  + kind.archive
                  + " but no cache directory is configured to extract it into");
          continue;
        }
        return new DataOutcome.Available(
            extractAndRead(
                kind, dir.resolve(kind.archive), config.cacheDir().resolve(kind.folder), side));
      }
      searched.add(
          r.role()
              + " "
              + dir
              + ": "
              + (Files.isDirectory(dir)
                  ? "incomplete, missing " + String.join(", ", missing)
                  : "absent"));
    }
    String download;
    if (remote.isEmpty()) {
      download = "download unsupported (no pinned SHA-256 for its files)";
    } else if (config.offline()) {
      download = "download refused: offline (ai.djl.offline / bn.offline / BN_OFFLINE)";
    } else if (config.cacheDir() == null) {
      download = "download impossible: no cache directory configured";
    } else {
      Path dir = config.cacheDir().resolve(kind.folder);
      try {
        for (RemoteFile f : remote) {
          if (!Files.isRegularFile(dir.resolve(f.fileName()))) {
            Downloader.download(f, dir);
          }
        }
      } catch (IOException e) {
        return unavailable(kind, config, remote, searched, "download failed: " + e.getMessage());
      }
      if (missing(kind, dir).isEmpty()) {
        return new DataOutcome.Available(read(kind, dir, side, decodedDir(kind, config)));
      }
      return new DataOutcome.Available(extractAndRead(kind, dir.resolve(kind.archive), dir, side));
    }
    return unavailable(kind, config, remote, searched, download);
  }

  /** What is missing for {@code dir} to hold the loose (extracted) files; empty when complete. */
  static List<String> missing(DatasetKind kind, Path dir) {
    List<String> out = new ArrayList<>();
    if (kind.acceptsSomeTrainFiles()) {
      Path d = dir.resolve(kind.extractedDir);
      if (presentTrainFiles(kind, d).isEmpty()) {
        out.add(kind.extractedDir + "/" + trainFileRange(kind) + " (at least one)");
      }
      if (!Files.exists(d.resolve(kind.testFile()))) {
        out.add(kind.extractedDir + "/" + kind.testFile());
      }
      return out;
    }
    for (String f : kind.required) {
      if (kind.format == DatasetKind.Format.IDX) {
        if (idxFile(dir, f) == null) {
          out.add(f + "[.gz]");
        }
      } else if (!Files.exists(dir.resolve(kind.extractedDir).resolve(f))) {
        out.add(kind.extractedDir + "/" + f);
      }
    }
    return out;
  }

  /** The training files of {@code d} (the extracted folder) that exist, in registry order. */
  private static List<Path> presentTrainFiles(DatasetKind kind, Path d) {
    return kind.trainFiles().stream().map(d::resolve).filter(Files::isRegularFile).toList();
  }

  /** E.g. {@code data_batch_1.bin .. data_batch_5.bin}. */
  private static String trainFileRange(DatasetKind kind) {
    List<String> t = kind.trainFiles();
    return t.get(0) + " .. " + t.get(t.size() - 1);
  }

  private static Path idxFile(Path dir, String base) {
    Path raw = dir.resolve(base);
    if (Files.isRegularFile(raw)) {
      return raw;
    }
    Path gz = dir.resolve(base + ".gz");
    return Files.isRegularFile(gz) ? gz : null;
  }

  private static Dataset extractAndRead(DatasetKind kind, Path archive, Path cacheDir, int side) {
    if (!missing(kind, cacheDir).isEmpty()) {
      SafeExtractor.extract(archive, kind.extractedDir, cacheDir.resolve(kind.extractedDir));
      List<String> still = missing(kind, cacheDir);
      if (!still.isEmpty()) {
        throw new BadDataException(archive, "archive lacks " + String.join(", ", still));
      }
    }
    return read(kind, cacheDir, side, cacheDir.resolve(DECODED));
  }

  /** Where decoded copies of {@code kind}'s images go, or null without a cache directory. */
  private static Path decodedDir(DatasetKind kind, DataConfig config) {
    return config.cacheDir() == null
        ? null
        : config.cacheDir().resolve(kind.folder).resolve(DECODED);
  }

  /**
   * Reads complete loose files from {@code dir} (the dataset's folder); JPEGs are decoded once into
   * {@code decodedDir} (null: no disk cache).
   */
  static Dataset read(DatasetKind kind, Path dir, int side, Path decodedDir) {
    int k = kind.classes();
    ImageSet train;
    ImageSet test;
    String trainDetail = null;
    List<String> originNotes = List.of();
    switch (kind.format) {
      case IDX -> {
        train =
            IdxReader.read(
                idxFile(dir, DatasetKind.IDX_TRAIN_IMAGES),
                idxFile(dir, DatasetKind.IDX_TRAIN_LABELS),
                side,
                k);
        test =
            IdxReader.read(
                idxFile(dir, DatasetKind.IDX_TEST_IMAGES),
                idxFile(dir, DatasetKind.IDX_TEST_LABELS),
                side,
                k);
      }
      case CIFAR10, CIFAR100 -> {
        Path d = dir.resolve(kind.extractedDir);
        List<Path> trainFiles =
            kind.acceptsSomeTrainFiles()
                ? presentTrainFiles(kind, d)
                : kind.trainFiles().stream().map(d::resolve).toList();
        int labelBytes = kind.format == DatasetKind.Format.CIFAR10 ? 1 : 2;
        train = CifarReader.read(trainFiles, labelBytes, k);
        test = CifarReader.read(List.of(d.resolve(kind.testFile())), labelBytes, k);
        if (kind.acceptsSomeTrainFiles()) {
          trainDetail = CifarReader.batchesFound(trainFiles, kind.trainFiles().size());
          LOG.info(
              "{}: {} training images {} in {}",
              kind.folder,
              String.format(Locale.ROOT, "%,d", train.size()),
              trainDetail,
              d);
        }
      }
      case JPEG_FOLDERS -> {
        ImagenetteFiles files = ImagenetteFiles.scan(dir.resolve(kind.extractedDir));
        train = DecodeCache.getOrDecode(decodedDir, files.train(), side);
        test = DecodeCache.getOrDecode(decodedDir, files.val(), side);
        originNotes = ImagenetteOrigin.notes(files, dir.resolve(ImagenetteOrigin.MANIFEST));
      }
      default -> throw new IllegalStateException("format " + kind.format);
    }
    List<String> notes = new ArrayList<>();
    String sizes = sizeNote(kind, train.size(), test.size(), trainDetail);
    if (sizes != null) {
      notes.add(sizes);
    }
    notes.addAll(originNotes);
    return new Dataset(kind.folder, train, test, kind.classNames, notes);
  }

  /**
   * Says how the split sizes read differ from the official ones, e.g. {@code a subset of the
   * official files: 8,000 of 60,000 training images and 2,000 of 10,000 test images}; null when
   * they are the official sizes. {@code trainDetail} (or null) says where the training images were
   * found.
   */
  static String sizeNote(DatasetKind kind, int train, int test, String trainDetail) {
    DatasetKind.Official o = kind.official;
    if (train == o.train() && test == o.test()) {
      return null;
    }
    String t = train == o.train() ? null : count(train, o.train(), "training");
    String v = test == o.test() ? null : count(test, o.test(), "test");
    String counts = t == null ? v : v == null ? t : t + " and " + v;
    boolean subset = train <= o.train() && test <= o.test();
    return (subset ? "a subset of the official files: " : "not the official split sizes: ")
        + counts
        + (t != null && trainDetail != null ? ", " + trainDetail : "");
  }

  private static String count(int n, int official, String split) {
    return n <= official
        ? String.format(Locale.ROOT, "%,d of %,d %s images", n, official, split)
        : String.format(Locale.ROOT, "%,d %s images (official %,d)", n, split, official);
  }

  private static DataOutcome unavailable(
      DatasetKind kind,
      DataConfig config,
      List<RemoteFile> remote,
      List<String> searched,
      String download) {
    StringBuilder m = new StringBuilder();
    m.append("Dataset '").append(kind.folder).append("' is not available.\n  Searched:\n");
    for (String s : searched) {
      m.append("    - ").append(s).append('\n');
    }
    m.append("  ").append(download).append(".\n  To fix, put ");
    if (kind.format == DatasetKind.Format.IDX) {
      m.append("the four IDX files (gzip or raw) ")
          .append(kind.required.stream().map(f -> f + ".gz").collect(Collectors.joining(", ")));
    } else {
      m.append(kind.archive)
          .append(" or its extracted folder ")
          .append(kind.extractedDir)
          .append("/ holding ")
          .append(
              kind.acceptsSomeTrainFiles()
                  ? trainFileRange(kind)
                      + " (at least one; all of them for the full training set) and "
                      + kind.testFile()
                  : String.join(", ", kind.required));
    }
    Path where = config.explicitDir() != null ? config.explicitDir() : config.cacheDir();
    m.append("\n  into ")
        .append(where == null ? "<data dir>" : where)
        .append('/')
        .append(kind.folder)
        .append("/ (or point -Dbn.dataDir / BN_DATA_DIR at a directory" + " holding ")
        .append(kind.folder)
        .append("/).");
    for (RemoteFile f : remote) {
      m.append("\n  ")
          .append(f.fileName())
          .append(": ")
          .append(f.uri())
          .append(" (SHA-256 ")
          .append(f.sha256())
          .append(')');
    }
    if (kind == DatasetKind.FASHION_MNIST) {
      m.append(
          "\n  On Debian/Ubuntu: apt-get install dataset-fashion-mnist"
              + " (installs /usr/share/datasets/fashion-mnist/).");
    }
    return new DataOutcome.Unavailable(kind.folder, m.toString());
  }
}
