package org.bnclaims.build;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;
import org.apache.maven.model.Repository;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The build's {@code gpu} profile, checked without a GPU: its dependency set by configuration, and
 * that every artifact it names is served by Maven Central (a HEAD request each, nothing
 * downloaded). Central's address is the one Maven's own super POM names.
 *
 * <p>The profile leaves the CPU native off the runtime class path (DJL then fetches PyTorch's CUDA
 * build) and keeps DJL and its JNI at matching versions; bn-core's {@code GpuRouteTest} checks that
 * the JNI jar holds the CUDA 12.8 library.
 */
class GpuProfileTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  private static Model read(Path pom) throws IOException, XmlPullParserException {
    try (Reader r = Files.newBufferedReader(pom)) {
      return new MavenXpp3Reader().read(r);
    }
  }

  /** The root pom's properties with the gpu profile's on top. */
  private static Properties gpuProperties() throws Exception {
    Model root = read(ROOT.resolve("pom.xml"));
    Profile gpu =
        root.getProfiles().stream()
            .filter(p -> p.getId().equals("gpu"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the root pom has no gpu profile"));
    Properties p = new Properties();
    p.putAll(root.getProperties());
    p.putAll(gpu.getProperties());
    return p;
  }

  private static String resolve(String value, Properties p) {
    String v = value;
    for (int i = 0; i < 10 && v != null && v.contains("${"); i++) {
      Matcher m = PROPERTY.matcher(v);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String r = p.getProperty(m.group(1));
        assertNotNull(r, "property " + m.group(1) + " is not defined");
        m.appendReplacement(b, Matcher.quoteReplacement(r));
      }
      m.appendTail(b);
      v = b.toString();
    }
    return v;
  }

  /**
   * bn-core's DJL and PyTorch artifacts under the gpu profile: group:artifact:version[:classifier].
   */
  private static List<String[]> gpuArtifacts(Properties p) throws Exception {
    List<String[]> out = new ArrayList<>();
    for (Dependency d : read(ROOT.resolve("bn-core/pom.xml")).getDependencies()) {
      if (!d.getGroupId().startsWith("ai.djl")) {
        continue;
      }
      String artifact = resolve(d.getArtifactId(), p);
      String version =
          switch (artifact) {
            case "pytorch-jni" -> p.getProperty("pytorch.jni.version");
            case "api", "pytorch-engine" -> p.getProperty("djl.version");
            default -> p.getProperty("pytorch.version");
          };
      out.add(
          new String[] {
            d.getGroupId(),
            artifact,
            version,
            d.getClassifier() == null ? "" : resolve(d.getClassifier(), p),
            d.getScope() == null ? "compile" : resolve(d.getScope(), p)
          });
    }
    return out;
  }

  @Test
  void theGpuBuildTakesTheCpuNativeOffTheRuntimePathAndKeepsDjlAndItsJniInStep() throws Exception {
    Properties p = gpuProperties();
    List<String[]> artifacts = gpuArtifacts(p);
    String[] nativeLib =
        artifacts.stream()
            .filter(a -> a[1].startsWith("pytorch-native-"))
            .findFirst()
            .orElseThrow();
    assertEquals("pytorch-native-cpu", nativeLib[1]);
    assertEquals(
        "provided", nativeLib[4], "under -Pgpu the CPU native must not reach the claims JVM");
    assertEquals(
        p.getProperty("pytorch.version") + "-" + p.getProperty("djl.version"),
        p.getProperty("pytorch.jni.version"),
        "DJL loads only a JNI of its own version and PyTorch's");
    assertEquals("false", p.getProperty("bn.djlOffline"), "DJL must be allowed to fetch libtorch");
    assertEquals("cu128", p.getProperty("bn.pytorchFlavor"));
    assertEquals("gpu", p.getProperty("bn.device"));
    assertFalse(
        p.stringPropertyNames().stream()
            .anyMatch(k -> p.getProperty(k).contains("pytorch-native-cu")),
        "no CUDA native artifact of PyTorch 2.7.1 is served");
  }

  @Test
  void everyArtifactTheGpuBuildNamesIsServedByMavenCentral() throws Exception {
    String central = centralUrl();
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    for (String[] a : gpuArtifacts(gpuProperties())) {
      String file = a[1] + "-" + a[2] + (a[3].isEmpty() ? "" : "-" + a[3]) + ".jar";
      URI uri =
          URI.create(central + "/" + a[0].replace('.', '/') + "/" + a[1] + "/" + a[2] + "/" + file);
      HttpRequest head =
          HttpRequest.newBuilder(uri)
              .method("HEAD", HttpRequest.BodyPublishers.noBody())
              .timeout(Duration.ofSeconds(30))
              .build();
      int status;
      try {
        status = http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        // CI reaches Maven Central; elsewhere (offline, behind a mirror) the check cannot run.
        Assumptions.assumeFalse(
            !"true".equals(System.getenv("CI")), "Maven Central is not reachable: " + e);
        throw e;
      }
      assertEquals(200, status, uri + " (HEAD) is not served");
    }
  }

  /** Central's address from Maven's super POM, so that no address is written down here. */
  private static String centralUrl() throws Exception {
    try (InputStream in =
        Model.class.getClassLoader().getResourceAsStream("org/apache/maven/model/pom-4.0.0.xml")) {
      assertNotNull(in, "Maven's super POM is on the test class path (maven-model-builder)");
      Model superPom = new MavenXpp3Reader().read(in);
      return superPom.getRepositories().stream()
          .filter(r -> r.getId().equals("central"))
          .map(Repository::getUrl)
          .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
          .findFirst()
          .orElseThrow();
    }
  }
}
