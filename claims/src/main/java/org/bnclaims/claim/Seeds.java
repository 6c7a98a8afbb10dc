package org.bnclaims.claim;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replicates per arm in each {@link Profile}, fixed with the claim before anything runs; seeds are
 * {@code 1..n}, the same list in every arm so arms pair by seed. The system property {@code
 * bn.seeds} overrides the count in every profile (for a quick local look or a bigger budget).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Seeds {
  /** Seeds in the smoke profile (synthetic data; the verdict is not evidence). */
  int smoke() default 3;

  /** Seeds in the reduced profile (docs/statistics.md section 0: at least 5). */
  int reduced() default 5;

  /** Seeds in the gpu profile. */
  int gpu() default 10;
}
