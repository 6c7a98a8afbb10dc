package org.bnclaims.spark;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.apache.spark.SparkConf;
import org.bnclaims.data.DataUnavailableException;
import org.bnclaims.device.DeviceSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark backend's settings and its worker-side checks, without starting Spark. */
class SparkSettingsTest {

  @Test
  void masterDefaultsToLocalWithOneSlotPerWorker() {
    assertEquals("local[3]", SparkMaster.resolve(null, 3));
    assertEquals("local[1]", SparkMaster.resolve(" ", 0));
  }

  @Test
  void wellFormedMastersPassUnchanged() {
    for (String m :
        List.of(
            "local",
            "local[4]",
            "local[*]",
            "local[2,3]",
            "spark://127.0.0.1:7077",
            "spark://a:7077,b:7077",
            "yarn",
            "k8s://https://k:6443")) {
      assertEquals(m, SparkMaster.resolve(" " + m + " ", 2));
    }
  }

  @Test
  void malformedMastersFailNamingSettingValueAndForm() {
    for (String m :
        List.of(
            "local[", "local[x]", "localhost", "spark://host", "spark://:7077", "spark://h:p")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> SparkMaster.resolve(m, 2), m);
      assertTrue(e.getMessage().startsWith("bn.spark.master = '" + m + "'"), e.getMessage());
      assertTrue(e.getMessage().contains("allowed"), e.getMessage());
    }
  }

  @Test
  void oneGpuOfThisMachineMakesNoSenseOnACluster() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SparkSettings(null, 0, DeviceSetting.parse("gpu:1"), null, s -> 1));
    assertTrue(e.getMessage().contains("bn.device = 'gpu:1'"), e.getMessage());
    assertTrue(e.getMessage().contains("allowed with Spark: cpu, gpu or auto"), e.getMessage());
  }

  @Test
  void gpuAsksSparkForOneGpuPerTaskUnlessTheUserSaidOtherwise() {
    SparkConf gpu =
        SparkBackend.configure(new SparkConf(false), "local[2]", DeviceSetting.parse("gpu"));
    assertEquals("1", gpu.get("spark.task.resource.gpu.amount"));
    assertEquals("false", gpu.get("spark.ui.enabled"));
    SparkConf cpu =
        SparkBackend.configure(new SparkConf(false), "local[2]", DeviceSetting.parse("cpu"));
    assertFalse(cpu.contains("spark.task.resource.gpu.amount"));
    SparkConf own = new SparkConf(false).set("spark.task.resource.gpu.amount", "0.5");
    assertEquals(
        "0.5",
        SparkBackend.configure(own, "local[2]", DeviceSetting.parse("gpu"))
            .get("spark.task.resource.gpu.amount"));
  }

  @Test
  void executorsLoadThePyTorchTheDriverNames() {
    SparkConf conf =
        SparkBackend.configure(
            new SparkConf(false),
            "spark://h:7077",
            DeviceSetting.parse("gpu"),
            k -> k.equals("PYTORCH_FLAVOR") ? "cu128" : null);
    assertEquals("cu128", conf.get("spark.executorEnv.PYTORCH_FLAVOR"));
    assertFalse(conf.contains("spark.executorEnv.PYTORCH_LIBRARY_PATH"));
  }

  @Test
  void aTaskTrainsOnTheGpuSparkGaveIt() {
    assertEquals(Device.gpu(3), TrainTask.deviceFor("gpu", "3"));
    assertEquals(Device.gpu(1), TrainTask.deviceFor("auto", "1"));
    assertEquals(Device.cpu(), TrainTask.deviceFor("auto", null));
    assertEquals(Device.cpu(), TrainTask.deviceFor("cpu", "0"));
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> TrainTask.deviceFor("gpu", null));
    assertTrue(none.getMessage().contains("Spark gave this task no GPU"), none.getMessage());
  }

  @Test
  void aDataDirectoryMissingOnTheWorkerIsNamedWithTheWorkersHost(@TempDir Path tmp) {
    Path missing = tmp.resolve("not-here");
    DataUnavailableException e =
        assertThrows(
            DataUnavailableException.class, () -> TrainTask.dataConfig(missing.toString(), false));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("does not exist on Spark worker "), e.getMessage());
    assertEquals(tmp, TrainTask.dataConfig(tmp.toString(), false).explicitDir());
    // Synthetic data needs no directory.
    assertNotNull(TrainTask.dataConfig(missing.toString(), true));
  }

  @Test
  void taskJarsPackClassDirectoriesAndLeaveSparkOut(@TempDir Path tmp) throws IOException {
    Path classes = Files.createDirectories(tmp.resolve("classes/org/x"));
    Files.writeString(classes.resolve("A.class"), "not really a class");
    Path scratch = Files.createDirectories(tmp.resolve("scratch"));
    String sparkJar = SparkConf.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    String ours = DeviceSetting.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    String cp = String.join(":", tmp.resolve("classes").toString(), sparkJar, "/no/such.jar");
    List<Path> jars = TaskJars.of(cp, scratch);
    assertEquals(1, jars.size(), jars.toString());
    try (JarFile packed = new JarFile(jars.get(0).toFile())) {
      assertNotNull(packed.getEntry("org/x/A.class"));
    }
    assertTrue(TaskJars.isSpark(Path.of(sparkJar)));
    assertFalse(ours.endsWith(".jar") && TaskJars.isSpark(Path.of(ours)));
  }

  @Test
  void thePluginGivesTheClaimsJvmWhatSparksLauncherGivesItsJvms() {
    assertEquals(
        List.of(org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptionArray()),
        SparkJvm.MODULE_OPTIONS);
  }
}
