package it;

import org.bnclaims.it.FixedVerdictClaim;

class CExcluded extends FixedVerdictClaim {}
