package it;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Shaped like the claim API's @Claim (the launcher reads it by simple name and reflection). */
@Retention(RetentionPolicy.RUNTIME)
@interface Claim {
  String id();

  String statement();

  String source();

  String paperSetting();

  double margin();

  Seeds seeds() default @Seeds;

  /** Seeds per profile. */
  @Retention(RetentionPolicy.RUNTIME)
  @interface Seeds {
    int smoke() default 3;

    int reduced() default 5;

    int gpu() default 10;
  }
}
