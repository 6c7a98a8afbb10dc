package org.bnclaims.claim;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as one published finding and fixes, before anything runs, what it claims and
 * how it will be judged: the statement and its source, the margin delta (the smallest effect that
 * matters) and the one-sided alpha that every {@link Verdicts} assertion of the class uses, and the
 * seeds per profile.
 *
 * <p>Test methods ({@code @Test}, or {@code @ParameterizedTest} with one row per grid point) take a
 * {@link Lab} (runs specs over the seeds) and a {@link Verdicts} (the statistical assertions) as
 * parameters. After each method or row its decisions become a JUnit outcome: SUPPORTED passes,
 * REFUTED fails with the numbers, INCONCLUSIVE aborts with the reason, and a dataset that cannot be
 * had aborts as SKIPPED. In the {@link Profile#SMOKE smoke} profile the data are synthetic, so the
 * method passes whatever the verdict (it proves the claim runs end to end) and the verdict is only
 * logged. After the class, all decisions of all its methods and rows join one verdict, written to
 * {@code ${bn.verdictDir:-target/bn-verdicts}/<id>.json}: SUPPORTED iff every supporting test is
 * (intersection-union), REFUTED if Holm over all tests refutes any, otherwise INCONCLUSIVE; and
 * INCONCLUSIVE whatever the tests say when a regime check failed ({@link Verdicts#regime}). A
 * method or row whose data cannot be had is left out and named in the reason; the claim is SKIPPED
 * when nothing could be decided. A test that fails with any other exception writes no verdict file:
 * the build shows the error instead of a verdict that means nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("claim")
@ExtendWith({
  LabExtension.class,
  VerdictsExtension.class,
  UnavailableDataExtension.class,
  TestOutcomeExtension.class,
  VerdictFileExtension.class
})
public @interface Claim {
  /** Stable id, also the verdict's file name: letters, digits, '.', '_', '-'. */
  String id();

  /** The finding as one sentence. */
  String statement();

  /**
   * Seed document file name and section, e.g. {@code "002_f8552bc7710e32c9.txt, section 4.1.1"}.
   */
  String source();

  /** The setting as the source states it (dataset, model, optimizer, batch, epochs). */
  String paperSetting();

  /** Where sources disagree, and which reading this claim follows. */
  String[] conflicts() default {};

  /** The margin delta on the scale of the asserted metric (e.g. accuracy points). */
  double margin();

  /** One-sided alpha of every test (0.05 is a 90% decision interval). */
  double alpha() default 0.05;

  /** Seeds per profile. */
  Seeds seeds() default @Seeds;

  /**
   * The profile that would decide the claim when this one does not reach the regime its finding is
   * about, with its cost, e.g. {@code "gpu profile, ~40 GPU-hours"}; required as soon as the claim
   * checks a regime ({@link Verdicts#regime}), shown in the verdict's reason when a check fails.
   */
  String decidedBy() default "";
}
