package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.Device;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.junit.jupiter.api.Test;

/** Provenance names the device a run trained on, and the JSON keeps it. */
class DeviceProvenanceTest {

  @Test
  void theDeviceAndItsModelNameTravelWithTheResult() throws Exception {
    RunSpec spec =
        new RunSpec(
            DataSpec.of("mnist").withSynthetic(true),
            ModelSpec.mlp(8),
            NormSpec.NONE,
            OptimSpec.sgd(0.1),
            TrainSpec.of(8, 1),
            ProbeSpec.NONE);
    Provenance p = Provenances.current(spec, Device.cpu(), 1);
    assertEquals("cpu", p.device());
    assertNotNull(p.deviceName());
    assertNull(p.cuda());
    assertNull(p.cudnn());
    RunResult r = new RunResult(p.specHash(), 1, java.util.List.of(), false, -1, null, 0.0, p);
    Provenance back = RunJson.fromJson(RunJson.toJson(r), "test").provenance();
    assertEquals(p, back);
  }
}
