/** Tests of the build's own configuration (its profiles), run with the plugin's Maven libraries. */
package org.bnclaims.build;
