package it;

import org.bnclaims.it.FixedVerdictClaim;

class BInconclusive extends FixedVerdictClaim {}
