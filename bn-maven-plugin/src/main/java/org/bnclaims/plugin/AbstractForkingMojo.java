package org.bnclaims.plugin;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.bnclaims.backend.ExecutorKind;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.plugin.fork.LaunchOptions;

/**
 * The parameters shared by the goals that run the claim classes in a forked JVM ({@code check},
 * {@code list}), and the fork itself. Claims are selected by a JUnit tag expression ({@code
 * bn.tags}) and then by claim id ({@code bn.include}, {@code bn.exclude}; the id is the
 * {@code @Claim} id, or the class's simple name in kebab case); an unknown id fails with the list
 * of known ones.
 */
public abstract class AbstractForkingMojo extends AbstractMojo {

  /** {@code smoke}, {@code reduced} or {@code gpu} (DESIGN.md section 5). */
  @Parameter(property = "bn.profile", defaultValue = "reduced")
  protected String profile;

  /** Claim ids to run, comma-separated; empty runs every claim. */
  @Parameter(property = "bn.include")
  protected String include;

  /** Claim ids to leave out, comma-separated. */
  @Parameter(property = "bn.exclude")
  protected String exclude;

  /** JUnit tag expression a claim class must match, e.g. {@code claim & !cifar}. */
  @Parameter(property = "bn.tags", defaultValue = "claim")
  protected String tags;

  /** Overrides every claim's seeds (passed to the claims as {@code bn.seeds}). */
  @Parameter(property = "bn.seeds")
  protected String seeds;

  /** Where datasets are looked for first; defaults to the environment variable BN_DATA_DIR. */
  @Parameter(property = "bn.dataDir")
  protected String dataDir;

  /** The run cache directory (the claims' default when unset: ~/.bn-claims/runs). */
  @Parameter(property = "bn.cacheDir")
  protected String cacheDir;

  /**
   * Where downloaded and extracted datasets are kept (the claims' default when unset:
   * ~/.bn-claims/datasets); separate from the run cache.
   */
  @Parameter(property = "bn.dataCacheDir")
  protected String dataCacheDir;

  /** Whether datasets must not be downloaded. DJL never downloads natives either way. */
  @Parameter(property = "bn.offline", defaultValue = "true")
  protected boolean offline;

  /** Parallel runs (the claims' default when unset: one per core). */
  @Parameter(property = "bn.workers")
  protected Integer workers;

  /**
   * Claims run at the same time, sharing the workers, so that one claim's last runs leave no worker
   * idle; 1 runs them one by one (their log lines then do not interleave).
   */
  @Parameter(property = "bn.claimsAtOnce", defaultValue = "2")
  protected int claimsAtOnce = ForkSettings.CLAIMS_AT_ONCE;

  /** {@code cpu}, {@code gpu} (every visible GPU), {@code gpu:N}, or {@code auto}. */
  @Parameter(property = "bn.device", defaultValue = "auto")
  protected String device;

  /** {@code local} (this machine's cores or GPUs) or {@code spark} (tasks on a Spark master). */
  @Parameter(property = "bn.executor", defaultValue = "local")
  protected String executor;

  /** With {@code bn.executor=spark}: {@code local[N]} (default) or {@code spark://host:port}. */
  @Parameter(property = "bn.spark.master")
  protected String sparkMaster;

  /** Whether DJL must not download; the {@code gpu} build sets false (DJL fetches CUDA PyTorch). */
  @Parameter(property = "bn.djlOffline", defaultValue = "true")
  protected boolean djlOffline;

  /** DJL's PyTorch flavor for the claims JVM, e.g. {@code cu128} (set by the {@code gpu} build). */
  @Parameter(property = "bn.pytorchFlavor")
  protected String pytorchFlavor;

  /** Skips the goal. */
  @Parameter(property = "bn.skip", defaultValue = "false")
  protected boolean skip;

  /** Stops the claims JVM after this many minutes; 0 waits for ever. */
  @Parameter(property = "bn.forkTimeoutMinutes", defaultValue = "0")
  protected int forkTimeoutMinutes;

  /** Extra options of the claims JVM, white-space separated, e.g. {@code -Xmx4g}. */
  @Parameter(property = "bn.jvmArgs")
  protected String jvmArgs;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  /**
   * The fork's settings, with {@code verdictDir} as the claims' output directory, checked before
   * anything runs.
   *
   * @throws MojoExecutionException for a setting the claims would refuse, naming it
   */
  protected ForkSettings settings(Path verdictDir, Optional<Path> junitXml)
      throws MojoExecutionException {
    try {
      return checkedSettings(verdictDir, junitXml);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("bn: " + e.getMessage(), e);
    }
  }

  private ForkSettings checkedSettings(Path verdictDir, Optional<Path> junitXml) {
    if (forkTimeoutMinutes < 0) {
      throw ForkSettings.rejected(
          "bn.forkTimeoutMinutes", forkTimeoutMinutes, "an integer >= 0 (0 waits for ever)");
    }
    // bn.dataDir need not exist: a claim whose data is missing is SKIPPED, saying where to put it.
    String data = dataDir != null && !dataDir.isBlank() ? dataDir : System.getenv("BN_DATA_DIR");
    return new ForkSettings(
        profile,
        seeds,
        workers,
        claimsAtOnce,
        data,
        cacheDir,
        dataCacheDir,
        offline,
        DeviceSetting.parse(device),
        ExecutorKind.parse(executor),
        sparkMaster,
        djlOffline,
        pytorchFlavor,
        verdictDir,
        Path.of(project.getBuild().getTestOutputDirectory()),
        tags,
        new HashSet<>(include == null ? List.of() : LaunchOptions.ids(include)),
        new HashSet<>(exclude == null ? List.of() : LaunchOptions.ids(exclude)),
        jvmArgs,
        junitXml);
  }

  /** Runs the claim classes in a forked JVM with {@code command}, streaming its output. */
  protected ForkRunner.Result fork(ForkCommand command, String name) throws MojoExecutionException {
    ForkClasspath.Result cp;
    try {
      cp =
          ForkClasspath.build(
              testClasspath(),
              jars(project.getArtifacts()),
              jars(plugin.getArtifacts()),
              plugin.getPluginArtifact().getFile().toPath());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    cp.warnings().forEach(getLog()::warn);
    command.classpath(cp.entries());
    Path target = Path.of(project.getBuild().getDirectory());
    getLog().info("bn: forking the claims JVM with " + command.properties());
    return ForkRunner.run(
        command,
        project.getBasedir().toPath(),
        target.resolve("bn-" + name + ".args"),
        timeout(),
        getLog()::info);
  }

  protected Duration timeout() {
    return Duration.ofMinutes(Math.max(0, forkTimeoutMinutes));
  }

  private List<Path> testClasspath() throws MojoExecutionException {
    try {
      List<Path> out = new ArrayList<>();
      for (String e : project.getTestClasspathElements()) {
        out.add(Path.of(e));
      }
      return out;
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's test class path is not resolved", e);
    }
  }

  private static List<Jar> jars(Iterable<Artifact> artifacts) {
    List<Jar> out = new ArrayList<>();
    for (Artifact a : artifacts) {
      File f = a.getFile();
      if (f != null) {
        out.add(new Jar(a.getGroupId(), a.getArtifactId(), a.getVersion(), f.toPath()));
      }
    }
    return out;
  }
}
