package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkClasspathTest {

  private static final Path TEST_CLASSES = Path.of("/p/target/test-classes");
  private static final Path CLASSES = Path.of("/p/target/classes");
  private static final Path PLUGIN = Path.of("/m2/bn-maven-plugin.jar");

  private static Jar jar(String artifact, String version) {
    return new Jar("org.junit.platform", artifact, version, Path.of("/m2/" + artifact + ".jar"));
  }

  private static final List<Jar> PLUGIN_DEPS =
      List.of(
          jar("junit-platform-launcher", "1.11.4"),
          jar("junit-platform-reporting", "1.11.4"),
          jar("junit-platform-engine", "1.11.4"));

  @Test
  void projectFirstThenTheMissingLauncherModulesThenThePluginJar() {
    Jar engine = jar("junit-platform-engine", "1.11.4");
    ForkClasspath.Result r =
        ForkClasspath.build(
            List.of(TEST_CLASSES, CLASSES, engine.file()), List.of(engine), PLUGIN_DEPS, PLUGIN);
    assertEquals(
        List.of(
            TEST_CLASSES,
            CLASSES,
            engine.file(),
            Path.of("/m2/junit-platform-launcher.jar"),
            Path.of("/m2/junit-platform-reporting.jar"),
            PLUGIN),
        r.entries());
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void theProjectsOwnLauncherWinsAndAVersionMismatchIsWarned() {
    Jar engine = jar("junit-platform-engine", "1.10.2");
    Jar ownLauncher =
        new Jar("org.junit.platform", "junit-platform-launcher", "1.10.2", Path.of("/own.jar"));
    ForkClasspath.Result r =
        ForkClasspath.build(
            List.of(TEST_CLASSES, engine.file(), ownLauncher.file()),
            List.of(engine, ownLauncher),
            PLUGIN_DEPS,
            PLUGIN);
    assertEquals(
        List.of(
            TEST_CLASSES,
            engine.file(),
            Path.of("/own.jar"),
            Path.of("/m2/junit-platform-reporting.jar"),
            PLUGIN),
        r.entries());
    assertEquals(1, r.warnings().size());
    assertTrue(
        r.warnings().get(0).contains("junit-platform-reporting 1.11.4"), r.warnings().get(0));
  }

  @Test
  void bnCoreComesFromThePluginUnlessTheProjectHasIt() {
    Jar engine = jar("junit-platform-engine", "1.11.4");
    Jar pluginCore = new Jar("org.bnclaims", "bn-core", "0.2.0", Path.of("/m2/bn-core.jar"));
    List<Jar> deps = new java.util.ArrayList<>(PLUGIN_DEPS);
    deps.add(pluginCore);
    ForkClasspath.Result without =
        ForkClasspath.build(List.of(TEST_CLASSES, engine.file()), List.of(engine), deps, PLUGIN);
    assertEquals(pluginCore.file(), without.entries().get(without.entries().size() - 2));
    Jar ownCore = new Jar("org.bnclaims", "bn-core", "0.1.0", Path.of("/own-core.jar"));
    ForkClasspath.Result with =
        ForkClasspath.build(
            List.of(TEST_CLASSES, engine.file(), ownCore.file()),
            List.of(engine, ownCore),
            deps,
            PLUGIN);
    assertTrue(!with.entries().contains(pluginCore.file()), with.entries().toString());
    assertEquals(1, with.warnings().size());
    assertTrue(with.warnings().get(0).contains("bn-core 0.1.0"), with.warnings().get(0));
  }

  @Test
  void aProjectWithoutJUnitIsToldWhatToAdd() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ForkClasspath.build(List.of(TEST_CLASSES), List.of(), PLUGIN_DEPS, PLUGIN));
    assertTrue(e.getMessage().contains("junit-jupiter"), e.getMessage());
  }
}
