package it;

import org.bnclaims.it.FixedVerdictClaim;

class ASupported extends FixedVerdictClaim {}
