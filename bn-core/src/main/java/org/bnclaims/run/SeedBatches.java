package org.bnclaims.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.bnclaims.spec.RunSpec;

/**
 * Groups replicates into seed batches: the seeds of one spec, at most the trainer's {@link
 * RunFunction#seedBatchLimit} per batch, split further while there are fewer batches than workers
 * (a K-wide network on one worker would leave the other cores idle). Shared by every executor
 * backend so that they batch the same way.
 */
public final class SeedBatches {

  private SeedBatches() {}

  /**
   * One batch: a spec and distinct seeds, in the order the jobs named them.
   *
   * @param spec what to compute
   * @param seeds the replicates trained together
   */
  public record Batch(RunSpec spec, List<Long> seeds) {
    public Batch {
      seeds = List.copyOf(seeds);
      if (seeds.isEmpty()) {
        throw new IllegalArgumentException("a seed batch needs at least one seed");
      }
    }
  }

  /**
   * Plans the batches of {@code jobs}: specs in order of first appearance, duplicate jobs merged.
   *
   * @param limit the most seeds of a spec per batch (values below 1 count as 1)
   * @param workers the number of workers to keep busy
   */
  public static List<Batch> plan(List<RunJob> jobs, ToIntFunction<RunSpec> limit, int workers) {
    Map<String, RunSpec> specs = new LinkedHashMap<>();
    Map<String, Set<Long>> seeds = new LinkedHashMap<>();
    for (RunJob job : jobs) {
      String hash = job.specHash();
      specs.putIfAbsent(hash, job.spec());
      seeds.computeIfAbsent(hash, k -> new LinkedHashSet<>()).add(job.seed());
    }
    List<String> hashes = new ArrayList<>(specs.keySet());
    int[] n = new int[hashes.size()];
    int[] parts = new int[hashes.size()];
    int total = 0;
    for (int i = 0; i < n.length; i++) {
      n[i] = seeds.get(hashes.get(i)).size();
      int k = Math.max(1, limit.applyAsInt(specs.get(hashes.get(i))));
      parts[i] = (n[i] + k - 1) / k;
      total += parts[i];
    }
    while (total < workers) {
      int widest = -1;
      for (int i = 0; i < n.length; i++) {
        if (n[i] > parts[i]
            && (widest < 0 || (double) n[i] / parts[i] > (double) n[widest] / parts[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break; // every batch is a single seed already
      }
      parts[widest]++;
      total++;
    }
    List<Batch> out = new ArrayList<>(total);
    for (int i = 0; i < n.length; i++) {
      List<Long> all = new ArrayList<>(seeds.get(hashes.get(i)));
      for (int p = 0; p < parts[i]; p++) {
        int from = (int) ((long) p * n[i] / parts[i]);
        int to = (int) ((long) (p + 1) * n[i] / parts[i]);
        out.add(new Batch(specs.get(hashes.get(i)), all.subList(from, to)));
      }
    }
    return out;
  }
}
