package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.junit.jupiter.api.Test;

class ClaimListingTest {

  @Test
  void showsStatementSourceBothSettingsAndConflicts() {
    ClaimVerdict c =
        new ClaimVerdict(
            "beta-matters-allcnnc",
            "BN_GAMMA_BETA > BN_BETA",
            "002 4.1.1",
            Outcome.SKIPPED,
            "listed",
            "reduced",
            true,
            "ALL-CNN-C, 350 epochs",
            "width 0.25, 8 epochs",
            List.of("lr 0.166 (text) vs 0.0166 (code): follows the code"),
            List.of(),
            List.of(),
            0,
            0,
            0,
            0);
    assertEquals(
        List.of(
            "beta-matters-allcnnc",
            "    statement: BN_GAMMA_BETA > BN_BETA",
            "    source:    002 4.1.1",
            "    paper:     ALL-CNN-C, 350 epochs",
            "    reduced:   width 0.25, 8 epochs",
            "    conflict:  lr 0.166 (text) vs 0.0166 (code): follows the code"),
        ClaimListing.lines(c));
  }
}
