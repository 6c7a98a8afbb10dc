package org.bnclaims.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds a dataset's files in the order of DESIGN.md section 6 (explicit directory, cache, system
 * locations, pinned download) and reads them; archives are extracted into the cache.
 */
final class Resolver {
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
        return new DataOutcome.Available(read(kind, dir, side));
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
        return new DataOutcome.Available(read(kind, dir, side));
      }
      return new DataOutcome.Available(extractAndRead(kind, dir.resolve(kind.archive), dir, side));
    }
    return unavailable(kind, config, remote, searched, download);
  }

  /** What is missing for {@code dir} to hold the loose (extracted) files; empty when complete. */
  static List<String> missing(DatasetKind kind, Path dir) {
    List<String> out = new ArrayList<>();
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
    return read(kind, cacheDir, side);
  }

  /** Reads complete loose files from {@code dir} (the dataset's folder). */
  static Dataset read(DatasetKind kind, Path dir, int side) {
    int k = kind.classes();
    ImageSet train;
    ImageSet test;
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
        List<Path> files = kind.required.stream().map(d::resolve).collect(Collectors.toList());
        int labelBytes = kind.format == DatasetKind.Format.CIFAR10 ? 1 : 2;
        train = CifarReader.read(files.subList(0, files.size() - 1), labelBytes, k);
        test = CifarReader.read(files.subList(files.size() - 1, files.size()), labelBytes, k);
      }
      case JPEG_FOLDERS -> {
        Path d = dir.resolve(kind.extractedDir);
        train = ImagenetteReader.read(d.resolve("train"), side);
        test = ImagenetteReader.read(d.resolve("val"), side);
      }
      default -> throw new IllegalStateException("format " + kind.format);
    }
    return new Dataset(kind.folder, train, test, kind.classNames);
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
          .append(String.join(", ", kind.required));
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
