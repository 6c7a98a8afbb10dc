package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "mnist,1,28,10",
    "fashion-mnist,1,28,10",
    "cifar10,3,32,10",
    "cifar100,3,32,100",
    "imagenette,3,160,10"
  })
  void shapedLikeTheRealDataset(String name, int c, int side, int classes) {
    Dataset d = Datasets.synthetic(name, 2, 1, 5L, 0);
    assertEquals(c, d.train().channels());
    assertEquals(side, d.train().height());
    assertEquals(side, d.train().width());
    assertEquals(classes, d.train().classes());
    assertEquals(2 * classes, d.train().size());
    assertEquals(classes, d.test().size());
  }

  @Test
  void defaultsAndImageSize() {
    PreparedData p =
        Datasets.prepare(
            DataSpec.of("imagenette").withSynthetic(true).withSubset(1, 1).withImageSize(64), null);
    assertTrue(p.synthetic());
    assertEquals(64, p.height());
    PreparedData q = Datasets.prepare(DataSpec.of("cifar10").withSynthetic(true), null);
    assertEquals(10 * Synthetic.DEFAULT_TRAIN_PER_CLASS, q.trainSize());
    assertEquals(10 * Synthetic.DEFAULT_TEST_PER_CLASS, q.testSize());
  }

  @Test
  void seededAndReproducible() {
    Synthetic.generate(DatasetKind.CIFAR10, 0, 3, 2, 11L);
    Dataset a = Synthetic.generate(DatasetKind.CIFAR10, 0, 3, 2, 11L);
    Dataset b = Synthetic.generate(DatasetKind.CIFAR10, 0, 3, 2, 11L);
    Dataset c = Synthetic.generate(DatasetKind.CIFAR10, 0, 3, 2, 12L);
    assertArrayEquals(a.train().rawPixels(), b.train().rawPixels());
    assertArrayEquals(a.test().rawPixels(), b.test().rawPixels());
    assertFalse(Arrays.equals(a.train().rawPixels(), c.train().rawPixels()));
    assertFalse(Arrays.equals(a.train().rawPixels(), a.test().rawPixels()));
  }

  @Test
  void prototypesAreMirrorSymmetricSoFlipsKeepTheClass() {
    float[][] p = Synthetic.prototypes(DatasetKind.CIFAR10, 0, 3L);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        assertEquals(p[4][(2 * 32 + y) * 32 + x], p[4][(2 * 32 + y) * 32 + 31 - x], 1e-3f);
      }
    }
  }

  /**
   * Nearest class mean, estimated on the training split, classifies the test split: a learnable
   * dataset lets even this learner score far above chance (10% or 1%).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"mnist", "cifar10", "cifar100"})
  void classesAreSeparable(String name) {
    Dataset d = Datasets.synthetic(name, 20, 10, 1L, 0);
    ImageSet tr = d.train();
    int k = tr.classes();
    int n = tr.imageSize();
    double[][] means = new double[k][n];
    int[] hist = tr.labelHistogram();
    for (int i = 0; i < tr.size(); i++) {
      int[] img = tr.image(i);
      for (int j = 0; j < n; j++) {
        means[tr.label(i)][j] += img[j] / (double) hist[tr.label(i)];
      }
    }
    ImageSet te = d.test();
    int correct = 0;
    for (int i = 0; i < te.size(); i++) {
      int[] img = te.image(i);
      int best = -1;
      double bestD = Double.MAX_VALUE;
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          double e = img[j] - means[c][j];
          s += e * e;
        }
        if (s < bestD) {
          bestD = s;
          best = c;
        }
      }
      correct += best == te.label(i) ? 1 : 0;
    }
    double acc = correct / (double) te.size();
    System.out.printf("synthetic %s: nearest-class-mean test accuracy %.3f%n", name, acc);
    assertTrue(acc > 0.9, name + " accuracy " + acc);
  }
}
