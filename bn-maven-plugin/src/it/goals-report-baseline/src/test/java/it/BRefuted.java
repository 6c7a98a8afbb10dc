package it;

import org.bnclaims.it.FixedVerdictClaim;

class BRefuted extends FixedVerdictClaim {}
