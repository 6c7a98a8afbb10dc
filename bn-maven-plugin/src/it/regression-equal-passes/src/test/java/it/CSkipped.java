package it;

import org.bnclaims.it.FixedVerdictClaim;

class CSkipped extends FixedVerdictClaim {}
