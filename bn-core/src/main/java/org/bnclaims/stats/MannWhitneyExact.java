package org.bnclaims.stats;

import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The exact Mann-Whitney (Wilcoxon rank-sum) test, one-sided "x tends to exceed y", because Commons
 * Math 3.6.1 offers only a two-sided normal approximation without tie correction and returns
 * max(U1, U2), which loses the direction (docs/statistics.md section 5).
 *
 * <p>The null distribution is the permutation distribution of the pooled mid-ranks: every split of
 * the pooled sample into n1 and n2 values is equally likely. Doubled mid-ranks are integers, so a
 * dynamic programme over (values chosen, sum of doubled ranks) counts the splits exactly, with or
 * without ties; this equals full enumeration of the C(n1 + n2, n1) splits (checked in the tests).
 */
public final class MannWhitneyExact {
  /** Largest arm size accepted (the counts stay exact in a double well beyond this). */
  public static final int MAX_N = 50;

  private MannWhitneyExact() {}

  /** U1 = (sum of the ranks of x in the pooled sample) - n1(n1 + 1)/2, mid-ranks for ties. */
  public static double u1(double[] x, double[] y) {
    check(x, y);
    double[] ranks = pooledRanks(x, y);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += ranks[i];
    }
    return sum - x.length * (x.length + 1) / 2.0;
  }

  /** Exact p of H0 "same distribution" against "x stochastically greater": P(U1 >= observed). */
  public static double pGreater(double[] x, double[] y) {
    check(x, y);
    double[] ranks = pooledRanks(x, y);
    int total = ranks.length;
    int n1 = x.length;
    int[] doubled = new int[total];
    int maxSum = 0;
    for (int i = 0; i < total; i++) {
      doubled[i] = (int) Math.round(2 * ranks[i]);
      maxSum += doubled[i];
    }
    int observed = 0;
    for (int i = 0; i < n1; i++) {
      observed += doubled[i];
    }
    // ways[k][s]: number of k-subsets of the values seen so far whose doubled ranks sum to s.
    double[][] ways = new double[n1 + 1][maxSum + 1];
    ways[0][0] = 1;
    for (int i = 0; i < total; i++) {
      int r = doubled[i];
      for (int k = Math.min(i + 1, n1); k >= 1; k--) {
        double[] from = ways[k - 1];
        double[] to = ways[k];
        for (int s = maxSum; s >= r; s--) {
          to[s] += from[s - r];
        }
      }
    }
    double all = 0;
    double reach = 0;
    for (int s = 0; s <= maxSum; s++) {
      all += ways[n1][s];
      if (s >= observed) {
        reach += ways[n1][s];
      }
    }
    return reach / all;
  }

  private static double[] pooledRanks(double[] x, double[] y) {
    double[] pooled = new double[x.length + y.length];
    System.arraycopy(x, 0, pooled, 0, x.length);
    System.arraycopy(y, 0, pooled, x.length, y.length);
    return new NaturalRanking(TiesStrategy.AVERAGE).rank(pooled);
  }

  private static void check(double[] x, double[] y) {
    Inputs.finite("x", x);
    Inputs.finite("y", y);
    if (x.length == 0 || y.length == 0 || x.length > MAX_N || y.length > MAX_N) {
      throw new IllegalArgumentException(
          "exact Mann-Whitney needs 1 to "
              + MAX_N
              + " values per arm, got "
              + x.length
              + " and "
              + y.length);
    }
  }
}
