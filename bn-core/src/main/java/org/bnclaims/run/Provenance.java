package org.bnclaims.run;

import com.fasterxml.jackson.databind.JsonNode;

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
    String cudnn) {

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
        null);
  }
}
