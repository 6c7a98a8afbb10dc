package it;

import org.bnclaims.it.FixedVerdictClaim;

@Claim(
    id = "described-claim",
    statement = "A described fixture claim holds.",
    source = "fixture, section 2",
    paperSetting = "MNIST, MLP 784-100-10, 50 epochs",
    margin = 1.0)
class Described extends FixedVerdictClaim {}
