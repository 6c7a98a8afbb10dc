package org.bnclaims.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where, how and with what code a run was computed; generated from the records and the runtime,
 * never written field by field.
 *
 * @param spec the run spec as canonical JSON
 * @param specHash SHA-256 of the canonical JSON and the semantics version
 * @param semanticsVersion {@code SEMANTICS_VERSION} of the code that ran
 * @param gitSha commit of the working tree, or {@code unknown}
 * @param bnCoreVersion bn-core version
 * @param djlVersion DJL version
 * @param engineVersion PyTorch version
 * @param device {@code cpu} or {@code gpu(i)}
 * @param threads intra-op threads of the worker
 * @param jdk {@code java.version} and vendor
 * @param os {@code os.name}, version and architecture
 * @param deviceName the CPU's or GPU's model name (null in results from before it was recorded)
 * @param cuda the CUDA runtime version on a GPU, else null
 * @param cudnn the cuDNN version on a GPU, else null
 * @param seedBatch the seeds trained side by side with this one as one network, this one included;
 *     empty when it trained alone (also for results cached before seed batching existed). Seeds
 *     never interact, but the float summation order of a batch can differ from a lone run's, so the
 *     last digits of a metric depend on it; it is recorded, not part of the cache key.
 */
public record Provenance(
    JsonNode spec,
    String specHash,
    int semanticsVersion,
    String gitSha,
    String bnCoreVersion,
    String djlVersion,
    String engineVersion,
    String device,
    int threads,
    String jdk,
    String os,
    String deviceName,
    String cuda,
    String cudnn,
    List<Long> seedBatch) {

  public Provenance {
    seedBatch = seedBatch == null || seedBatch.size() <= 1 ? List.of() : List.copyOf(seedBatch);
  }

  /** A provenance without device details, as results before them were written. */
  public Provenance(
      JsonNode spec,
      String specHash,
      int semanticsVersion,
      String gitSha,
      String bnCoreVersion,
      String djlVersion,
      String engineVersion,
      String device,
      int threads,
      String jdk,
      String os) {
    this(
        spec,
        specHash,
        semanticsVersion,
        gitSha,
        bnCoreVersion,
        djlVersion,
        engineVersion,
        device,
        threads,
        jdk,
        os,
        null,
        null,
        null,
        List.of());
  }
}
