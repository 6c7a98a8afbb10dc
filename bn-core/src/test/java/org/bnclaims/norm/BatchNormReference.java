package org.bnclaims.norm;

/**
 * Plain-Java BatchNorm over dimension 1 of a row-major {@code (N, C, S)} array (S = H*W, 1 for
 * dense input), written from the definitions (Ioffe and Szegedy 2015; PyTorch's running-variance
 * rule) to check the fused torch op against.
 */
final class BatchNormReference {

  private BatchNormReference() {}

  /** Per-channel mean over N and S. */
  static double[] mean(float[] x, int n, int c, int s) {
    double[] m = new double[c];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < c; j++) {
        for (int k = 0; k < s; k++) {
          m[j] += x[(i * c + j) * s + k];
        }
      }
    }
    for (int j = 0; j < c; j++) {
      m[j] /= n * s;
    }
    return m;
  }

  /** Per-channel variance, divided by {@code n*s} (biased) or {@code n*s - 1} (unbiased). */
  static double[] var(float[] x, int n, int c, int s, boolean unbiased) {
    double[] m = mean(x, n, c, s);
    double[] v = new double[c];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < c; j++) {
        for (int k = 0; k < s; k++) {
          double d = x[(i * c + j) * s + k] - m[j];
          v[j] += d * d;
        }
      }
    }
    int count = n * s - (unbiased ? 1 : 0);
    for (int j = 0; j < c; j++) {
      v[j] /= count;
    }
    return v;
  }

  /** gamma * (x - mean) / sqrt(var + eps) + beta with the given per-channel statistics. */
  static float[] normalize(
      float[] x,
      int n,
      int c,
      int s,
      double[] mean,
      double[] var,
      float[] gamma,
      float[] beta,
      double eps) {
    float[] y = new float[x.length];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < c; j++) {
        for (int k = 0; k < s; k++) {
          int at = (i * c + j) * s + k;
          y[at] = (float) (gamma[j] * (x[at] - mean[j]) / Math.sqrt(var[j] + eps) + beta[j]);
        }
      }
    }
    return y;
  }

  /** DJL-convention running update: {@code m * running + (1 - m) * batch}. */
  static double[] update(double[] running, double[] batch, double momentum) {
    double[] r = new double[running.length];
    for (int j = 0; j < r.length; j++) {
      r[j] = momentum * running[j] + (1 - momentum) * batch[j];
    }
    return r;
  }
}
