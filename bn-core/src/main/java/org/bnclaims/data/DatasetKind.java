package org.bnclaims.data;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The registry of datasets: folder name, image shape, class names, file layout and pinned
 * downloads.
 *
 * <p>SHA-256 values are those of tensorflow/datasets {@code url_checksums/{mnist, fashion_mnist,
 * cifar10, cifar100, imagenette}.txt}; the byte sizes in the comments come from the same files.
 */
enum DatasetKind {
  MNIST(
      "mnist",
      Format.IDX,
      1,
      28,
      ClassNames.DIGITS,
      new Official(60_000, 10_000),
      null,
      null,
      idxFiles(),
      mnistRemote()),
  FASHION_MNIST(
      "fashion-mnist",
      Format.IDX,
      1,
      28,
      ClassNames.FASHION,
      new Official(60_000, 10_000),
      null,
      null,
      idxFiles(),
      fashionRemote()),
  CIFAR10(
      "cifar10",
      Format.CIFAR10,
      3,
      32,
      ClassNames.CIFAR10,
      new Official(50_000, 10_000),
      "cifar-10-binary.tar.gz",
      "cifar-10-batches-bin",
      List.of(
          "data_batch_1.bin",
          "data_batch_2.bin",
          "data_batch_3.bin",
          "data_batch_4.bin",
          "data_batch_5.bin",
          "test_batch.bin"),
      // 170,052,171 bytes
      List.of(
          remote(
              "cifar-10-binary.tar.gz",
              "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz",
              "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd"))),
  CIFAR100(
      "cifar100",
      Format.CIFAR100,
      3,
      32,
      ClassNames.CIFAR100,
      new Official(50_000, 10_000),
      "cifar-100-binary.tar.gz",
      "cifar-100-binary",
      List.of("train.bin", "test.bin"),
      // 168,513,733 bytes
      List.of(
          remote(
              "cifar-100-binary.tar.gz",
              "https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz",
              "58a81ae192c23a4be8b1804d68e518ed807d710a4eb253b1f2a199162a40d8ec"))),
  IMAGENETTE(
      "imagenette",
      Format.JPEG_FOLDERS,
      3,
      160,
      ClassNames.IMAGENETTE,
      // imagenette2: 9,469 train and 3,925 val images (the official archive's listing)
      new Official(9_469, 3_925),
      "imagenette2-160.tgz",
      "imagenette2-160",
      List.of("train", "val"),
      // 98,948,031 bytes
      List.of(
          remote(
              "imagenette2-160.tgz",
              "https://s3.amazonaws.com/fast-ai-imageclas/imagenette2-160.tgz",
              "88daccb09b6fce93f45e6c09ddeb269cce705549e6bff322092a2a5a11489863")));

  /**
   * Image counts of the official splits, so a loader can say when the files it read are a subset.
   */
  record Official(int train, int test) {}

  /** How the files of a dataset are encoded. */
  enum Format {
    IDX,
    CIFAR10,
    CIFAR100,
    JPEG_FOLDERS
  }

  static final String IDX_TRAIN_IMAGES = "train-images-idx3-ubyte";
  static final String IDX_TRAIN_LABELS = "train-labels-idx1-ubyte";
  static final String IDX_TEST_IMAGES = "t10k-images-idx3-ubyte";
  static final String IDX_TEST_LABELS = "t10k-labels-idx1-ubyte";

  final String folder;
  final Format format;
  final int channels;
  final int side;
  final List<String> classNames;
  final Official official;

  /** Archive file name, or null when the files are stored loose. */
  final String archive;

  /** Folder the archive unpacks to, or null. */
  final String extractedDir;

  /** Files (IDX: base names, each also accepted with {@code .gz}) or folders that must exist. */
  final List<String> required;

  final List<RemoteFile> remote;

  DatasetKind(
      String folder,
      Format format,
      int channels,
      int side,
      List<String> classNames,
      Official official,
      String archive,
      String extractedDir,
      List<String> required,
      List<RemoteFile> remote) {
    this.folder = folder;
    this.format = format;
    this.channels = channels;
    this.side = side;
    this.classNames = classNames;
    this.official = official;
    this.archive = archive;
    this.extractedDir = extractedDir;
    this.required = required;
    this.remote = remote;
  }

  int classes() {
    return classNames.size();
  }

  /**
   * Whether any non-empty subset of the training files (all of {@link #required} but the last, the
   * test file) is enough: true for CIFAR-10, whose five training batches are each a real sample of
   * the training set, so a folder holding only some of them (e.g. {@code data_batch_1.bin}) is
   * still real data, read with a note saying how many images it held.
   */
  boolean acceptsSomeTrainFiles() {
    return format == Format.CIFAR10;
  }

  /** The training files of a binary CIFAR layout: all of {@link #required} but the test file. */
  List<String> trainFiles() {
    return required.subList(0, required.size() - 1);
  }

  /** The test file of a binary CIFAR layout: the last of {@link #required}. */
  String testFile() {
    return required.get(required.size() - 1);
  }

  /** Side length after applying a requested image size (0 = native). */
  int side(int imageSize) {
    if (imageSize == 0 || imageSize == side) {
      return side;
    }
    if (format != Format.JPEG_FOLDERS || imageSize < 0) {
      throw new IllegalArgumentException(
          "imageSize "
              + imageSize
              + " is not supported for "
              + folder
              + " (native "
              + side
              + "x"
              + side
              + "; only imagenette is resized; use 0)");
    }
    return imageSize;
  }

  /** Looks a dataset up by its registry name; unknown names fail with the valid ones. */
  static DatasetKind byName(String name) {
    for (DatasetKind k : values()) {
      if (k.folder.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown dataset '" + name + "'; valid names: " + names());
  }

  static List<String> names() {
    return Arrays.stream(values()).map(k -> k.folder).collect(Collectors.toList());
  }

  private static List<String> idxFiles() {
    return List.of(IDX_TRAIN_IMAGES, IDX_TRAIN_LABELS, IDX_TEST_IMAGES, IDX_TEST_LABELS);
  }

  private static RemoteFile remote(String file, String url, String sha256) {
    return new RemoteFile(file, URI.create(url), sha256);
  }

  /** The canonical mirror TFDS pins (Yann LeCun's server no longer serves the files). */
  private static List<RemoteFile> mnistRemote() {
    String base = "https://storage.googleapis.com/cvdf-datasets/mnist/";
    List<RemoteFile> r = new ArrayList<>();
    // 9,912,422 / 28,881 / 1,648,877 / 4,542 bytes
    r.add(
        remote(
            IDX_TRAIN_IMAGES + ".gz",
            base + IDX_TRAIN_IMAGES + ".gz",
            "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"));
    r.add(
        remote(
            IDX_TRAIN_LABELS + ".gz",
            base + IDX_TRAIN_LABELS + ".gz",
            "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"));
    r.add(
        remote(
            IDX_TEST_IMAGES + ".gz",
            base + IDX_TEST_IMAGES + ".gz",
            "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"));
    r.add(
        remote(
            IDX_TEST_LABELS + ".gz",
            base + IDX_TEST_LABELS + ".gz",
            "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"));
    return List.copyOf(r);
  }

  private static List<RemoteFile> fashionRemote() {
    String base = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";
    List<RemoteFile> r = new ArrayList<>();
    // 26,421,880 / 29,515 / 4,422,102 / 5,148 bytes
    r.add(
        remote(
            IDX_TRAIN_IMAGES + ".gz",
            base + IDX_TRAIN_IMAGES + ".gz",
            "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84"));
    r.add(
        remote(
            IDX_TRAIN_LABELS + ".gz",
            base + IDX_TRAIN_LABELS + ".gz",
            "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845"));
    r.add(
        remote(
            IDX_TEST_IMAGES + ".gz",
            base + IDX_TEST_IMAGES + ".gz",
            "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073"));
    r.add(
        remote(
            IDX_TEST_LABELS + ".gz",
            base + IDX_TEST_LABELS + ".gz",
            "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5"));
    return List.copyOf(r);
  }
}
