package org.bnclaims.run;

import org.bnclaims.spec.EvalMode;

/** Test-split loss and accuracy under one evaluation mode. */
public record EvalMetrics(EvalMode mode, double loss, double accuracy) {}
