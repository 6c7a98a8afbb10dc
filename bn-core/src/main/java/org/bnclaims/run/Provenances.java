package org.bnclaims.run;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.bnclaims.device.DeviceInfo;
import org.bnclaims.device.Devices;
import org.bnclaims.spec.CanonicalJson;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;

/**
 * Builds the {@link Provenance} of a run from the spec record and the runtime, so no field is ever
 * typed in by hand. Versions are looked up once per JVM.
 *
 * <p>Sources: the canonical spec JSON and its hash; {@link SpecHash#SEMANTICS_VERSION}; the git
 * commit from the {@code git.sha} key of the {@code bn-core-build.properties} resource when a build
 * put one there, else {@code git rev-parse HEAD} in the working directory (with {@code -dirty} when
 * tracked files differ from it), else {@code unknown}; the bn-core version from the same resource
 * (filled in by Maven resource filtering), else the jar manifest, else {@code dev}; DJL's and
 * PyTorch's versions from DJL; the device's name, CUDA and cuDNN versions from {@link Devices}; JDK
 * and OS from system properties.
 */
public final class Provenances {

  static final String BUILD_RESOURCE = "/bn-core-build.properties";
  private static final String UNKNOWN = "unknown";
  private static final long GIT_TIMEOUT_SECONDS = 5;

  private Provenances() {}

  /**
   * The provenance of a run of {@code spec} computed now, in this JVM, on {@code device}: its name
   * and, on a GPU, the CUDA and cuDNN versions come from {@link Devices#describe}.
   *
   * @param threads intra-op threads the run used
   */
  public static Provenance current(RunSpec spec, Device device, int threads) {
    return current(spec, Devices.describe(device), threads, List.of());
  }

  /** The same for a run trained side by side with {@code seedBatch} (its own seed included). */
  public static Provenance current(RunSpec spec, Device device, int threads, List<Long> seedBatch) {
    return current(spec, Devices.describe(device), threads, seedBatch);
  }

  /**
   * The provenance of a run of {@code spec} computed now, in this JVM.
   *
   * @param device {@code cpu} or {@code gpu(i)}
   * @param threads intra-op threads the run used
   */
  public static Provenance current(RunSpec spec, String device, int threads) {
    return current(spec, new DeviceInfo(device, null, null, null), threads, List.of());
  }

  private static Provenance current(
      RunSpec spec, DeviceInfo device, int threads, List<Long> seedBatch) {
    String json = CanonicalJson.of(spec);
    JsonNode specNode;
    try {
      specNode = RunJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("canonical JSON did not parse: " + json, e);
    }
    return new Provenance(
        specNode,
        SpecHash.of(spec),
        SpecHash.SEMANTICS_VERSION,
        Versions.GIT_SHA,
        Versions.BN_CORE,
        Versions.DJL,
        EngineVersion.PYTORCH,
        device.device(),
        threads,
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        device.name().equals("unknown") ? null : device.name(),
        device.cuda(),
        device.cudnn(),
        seedBatch);
  }

  /** Looked up on first use; cheap (one resource read, at most two git calls). */
  private static final class Versions {
    static final Properties BUILD = buildProperties();
    static final String GIT_SHA = gitSha();
    static final String BN_CORE = bnCoreVersion();
    static final String DJL = djlVersion();
  }

  /** Separate holder: asking PyTorch its version loads the native engine. */
  private static final class EngineVersion {
    static final String PYTORCH = pytorchVersion();
  }

  private static Properties buildProperties() {
    Properties p = new Properties();
    try (InputStream in = Provenances.class.getResourceAsStream(BUILD_RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // An unreadable resource leaves the fallbacks in charge.
    }
    return p;
  }

  private static String buildProperty(String key) {
    String v = Versions.BUILD.getProperty(key, "").trim();
    return v.isEmpty() || v.contains("${") ? null : v;
  }

  private static String gitSha() {
    String fromBuild = buildProperty("git.sha");
    if (fromBuild != null) {
      return fromBuild;
    }
    Path dir = Path.of(System.getProperty("user.dir"));
    String sha = git(dir, "rev-parse", "HEAD");
    if (sha == null || !sha.matches("[0-9a-f]{40}")) {
      return UNKNOWN;
    }
    String status = git(dir, "status", "--porcelain", "--untracked-files=no");
    return status == null || status.isEmpty() ? sha : sha + "-dirty";
  }

  /** The trimmed output of a git command, or null when git is absent or fails. */
  private static String git(Path dir, String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "git";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).trim() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static String bnCoreVersion() {
    String fromBuild = buildProperty("version");
    if (fromBuild != null) {
      return fromBuild;
    }
    String manifest = Provenances.class.getPackage().getImplementationVersion();
    return manifest != null ? manifest : "dev";
  }

  private static String djlVersion() {
    String v = Engine.getDjlVersion();
    return v != null ? v : UNKNOWN;
  }

  private static String pytorchVersion() {
    try {
      return Engine.getEngine("PyTorch").getVersion();
    } catch (RuntimeException | LinkageError e) {
      return "unavailable (" + e.getMessage() + ")";
    }
  }
}
