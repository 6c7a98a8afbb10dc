/**
 * What runs inside the forked JVM: a JUnit Platform launcher main that selects the claim classes by
 * tag and id, runs them, and prints one progress line per finished claim with an ETA. It uses only
 * the JDK and the JUnit Platform, never Maven, because it runs on the project's test class path
 * (where the claims' own JUnit version, the lab and the natives live) rather than in Maven's.
 */
package org.bnclaims.plugin.fork;
