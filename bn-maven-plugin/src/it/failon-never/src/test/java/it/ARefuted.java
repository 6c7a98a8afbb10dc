package it;

import org.bnclaims.it.FixedVerdictClaim;

class ARefuted extends FixedVerdictClaim {}
