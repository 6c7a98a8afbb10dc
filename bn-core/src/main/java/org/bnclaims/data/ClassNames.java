package org.bnclaims.data;

import java.util.List;

/** Readable class names of the registered datasets, index = label. */
final class ClassNames {
  private ClassNames() {}

  static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** Zalando's labels, github.com/zalandoresearch/fashion-mnist README. */
  static final List<String> FASHION =
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot");

  /** batches.meta.txt of the CIFAR-10 binary version. */
  static final List<String> CIFAR10 =
      List.of(
          "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

  /**
   * The fine labels in label order (alphabetical), as the Python version's meta file names them;
   * the binary version's {@code fine_label_names.txt} drops {@code _tree} from the five trees
   * ({@code maple}, {@code oak}, {@code palm}, {@code pine}, {@code willow}).
   */
  static final List<String> CIFAR100 =
      List.of(
          "apple",
          "aquarium_fish",
          "baby",
          "bear",
          "beaver",
          "bed",
          "bee",
          "beetle",
          "bicycle",
          "bottle",
          "bowl",
          "boy",
          "bridge",
          "bus",
          "butterfly",
          "camel",
          "can",
          "castle",
          "caterpillar",
          "cattle",
          "chair",
          "chimpanzee",
          "clock",
          "cloud",
          "cockroach",
          "couch",
          "crab",
          "crocodile",
          "cup",
          "dinosaur",
          "dolphin",
          "elephant",
          "flatfish",
          "forest",
          "fox",
          "girl",
          "hamster",
          "house",
          "kangaroo",
          "keyboard",
          "lamp",
          "lawn_mower",
          "leopard",
          "lion",
          "lizard",
          "lobster",
          "man",
          "maple_tree",
          "motorcycle",
          "mountain",
          "mouse",
          "mushroom",
          "oak_tree",
          "orange",
          "orchid",
          "otter",
          "palm_tree",
          "pear",
          "pickup_truck",
          "pine_tree",
          "plain",
          "plate",
          "poppy",
          "porcupine",
          "possum",
          "rabbit",
          "raccoon",
          "ray",
          "road",
          "rocket",
          "rose",
          "sea",
          "seal",
          "shark",
          "shrew",
          "skunk",
          "skyscraper",
          "snail",
          "snake",
          "spider",
          "squirrel",
          "streetcar",
          "sunflower",
          "sweet_pepper",
          "table",
          "tank",
          "telephone",
          "television",
          "tiger",
          "tractor",
          "train",
          "trout",
          "tulip",
          "turtle",
          "wardrobe",
          "whale",
          "willow_tree",
          "wolf",
          "woman",
          "worm");

  /** The ten ImageNet synsets of Imagenette, in sorted order (= label order). */
  static final List<String> IMAGENETTE_WNIDS =
      List.of(
          "n01440764",
          "n02102040",
          "n02979186",
          "n03000684",
          "n03028079",
          "n03394916",
          "n03417042",
          "n03425413",
          "n03445777",
          "n03888257");

  /** Readable names of {@link #IMAGENETTE_WNIDS}, fastai/imagenette README. */
  static final List<String> IMAGENETTE =
      List.of(
          "tench",
          "English springer",
          "cassette player",
          "chain saw",
          "church",
          "French horn",
          "garbage truck",
          "gas pump",
          "golf ball",
          "parachute");
}
