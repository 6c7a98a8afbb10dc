package org.bnclaims.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  /** Version 1 of a spec part. */
  record PartV1(String name, int size) {}

  /** The same part after a component was added; its default is the old behaviour. */
  record PartV2(String name, int size, boolean extra) {}

  /** Components declared in the order b, a. */
  record Ba(int b, int a) {}

  /** Components declared in the order a, b. */
  record Ab(int a, int b) {}

  record Holder(PartV1 part, List<Double> values) {}

  private static final Map<Class<? extends Record>, Record> TEST_DEFAULTS =
      Map.of(
          PartV1.class, new PartV1(null, 0),
          PartV2.class, new PartV2(null, 0, false),
          Ba.class, new Ba(0, 0),
          Ab.class, new Ab(0, 0),
          Holder.class, new Holder(new PartV1(null, 0), List.of()));

  @Test
  void defaultValuedComponentsAreOmitted() {
    assertEquals(
        "{\"dataset\":\"mnist\"}", CanonicalJson.of(DataSpec.of("mnist")), "DataSpec.of baseline");
    assertEquals(
        "{\"dataset\":\"mnist\",\"flip\":true,\"padCrop\":4}",
        CanonicalJson.of(DataSpec.of("mnist").withAugmentation(true, 4)));
    assertEquals("{}", CanonicalJson.of(ProbeSpec.NONE));
    assertEquals("{}", CanonicalJson.of(NormSpec.NONE));
    assertEquals(
        "{\"placement\":{\"every\":2,\"kind\":\"EVERY_K\"},\"variant\":\"BN_GAMMA\"}",
        CanonicalJson.of(NormSpec.of(NormVariant.BN_GAMMA).withPlacement(Placement.everyK(2))));
  }

  @Test
  void addingAComponentAtItsDefaultKeepsTheText() {
    String before = CanonicalJson.write(new PartV1("mlp", 3), TEST_DEFAULTS);
    String after = CanonicalJson.write(new PartV2("mlp", 3, false), TEST_DEFAULTS);
    assertEquals("{\"name\":\"mlp\",\"size\":3}", before);
    assertEquals(before, after);
    assertEquals(
        "{\"extra\":true,\"name\":\"mlp\",\"size\":3}",
        CanonicalJson.write(new PartV2("mlp", 3, true), TEST_DEFAULTS));
  }

  @Test
  void keysAreSortedWhateverTheDeclarationOrder() {
    assertEquals("{\"a\":1,\"b\":2}", CanonicalJson.write(new Ba(2, 1), TEST_DEFAULTS));
    assertEquals(
        CanonicalJson.write(new Ab(1, 2), TEST_DEFAULTS),
        CanonicalJson.write(new Ba(2, 1), TEST_DEFAULTS));
  }

  @Test
  void nestedRecordsAndListsOfDoubles() {
    assertEquals(
        "{\"part\":{\"name\":\"x\"},\"values\":[0.1,-0,1e-7]}",
        CanonicalJson.write(
            new Holder(new PartV1("x", 0), List.of(0.1, -0.0, 1e-7)), TEST_DEFAULTS));
  }

  @Test
  void rejectsNullsUnknownRecordsAndNonFiniteNumbers() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CanonicalJson.write(new PartV1(null, 1), TEST_DEFAULTS));
    assertTrue(e.getMessage().contains("PartV1.name is null"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CanonicalJson.of(new Ab(1, 2)));
    assertTrue(e.getMessage().contains("no canonical default"), e.getMessage());
    assertTrue(e.getMessage().contains("RunSpec"), "lists the registered types: " + e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CanonicalJson.write(
                    new Holder(new PartV1("x", 1), List.of(Double.NaN)), TEST_DEFAULTS));
    assertTrue(e.getMessage().contains("Holder.values[0]: not a finite number"), e.getMessage());
  }

  /** Expected strings are what ECMAScript's {@code JSON.stringify} prints (except -0). */
  @Test
  void doublesHaveOneJdkIndependentForm() {
    assertEquals("0.1", CanonicalJson.formatDouble(0.1));
    assertEquals("0.00001", CanonicalJson.formatDouble(1e-5));
    assertEquals("0.016579130972807", CanonicalJson.formatDouble(0.016579130972807));
    assertEquals("0.3333333333333333", CanonicalJson.formatDouble(1.0 / 3));
    assertEquals("100000000000000000000", CanonicalJson.formatDouble(1e20));
    assertEquals("1e+21", CanonicalJson.formatDouble(1e21));
    assertEquals("1e-7", CanonicalJson.formatDouble(1e-7));
    assertEquals("100", CanonicalJson.formatDouble(100.0));
    assertEquals("-2.5", CanonicalJson.formatDouble(-2.5));
    assertEquals("-0", CanonicalJson.formatDouble(-0.0));
    assertEquals("0", CanonicalJson.formatDouble(0.0));
    // JDK 17's Double.toString prints 1.9999999999999998E23 and 4.9E-324 for these two.
    assertEquals("2e+23", CanonicalJson.formatDouble(2e23));
    assertEquals("5e-324", CanonicalJson.formatDouble(Double.MIN_VALUE));
    assertEquals("1.7976931348623157e+308", CanonicalJson.formatDouble(Double.MAX_VALUE));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.formatDouble(Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> CanonicalJson.formatDouble(Double.NEGATIVE_INFINITY));
  }

  @Test
  void everyDoubleReadsBackExactly() {
    SplittableRandom rnd = new SplittableRandom(20240607L);
    for (int i = 0; i < 5_000; i++) {
      double d = Double.longBitsToDouble(rnd.nextLong());
      if (!Double.isFinite(d)) {
        continue;
      }
      String s = CanonicalJson.formatDouble(d);
      assertEquals(
          Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
      String digits = s.replaceFirst("^-", "").replaceFirst("e.*$", "").replace(".", "");
      assertTrue(digits.replaceAll("^0+|0+$", "").length() <= 17, s);
    }
  }

  @Test
  void differentSpecsGiveDifferentText() {
    assertNotEquals(
        CanonicalJson.of(NormSpec.of(NormVariant.BN_GAMMA).withEpsilon(1e-3)),
        CanonicalJson.of(NormSpec.of(NormVariant.BN_GAMMA)));
  }
}
