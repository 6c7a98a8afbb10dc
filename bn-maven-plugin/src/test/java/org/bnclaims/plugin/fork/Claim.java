package org.bnclaims.plugin.fork;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Shaped like the claim API's {@code @Claim}: the launcher finds it by simple name. */
@Retention(RetentionPolicy.RUNTIME)
@interface Claim {
  String id();

  String statement() default "";

  String[] conflicts() default {};

  PerProfile seeds() default @PerProfile;

  /** Shaped like the claim API's seeds: one element per profile. */
  @Retention(RetentionPolicy.RUNTIME)
  @interface PerProfile {
    int smoke() default 3;

    int reduced() default 5;
  }
}
