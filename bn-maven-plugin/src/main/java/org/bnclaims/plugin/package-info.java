/**
 * The Maven goals of bn-claims ({@code check}, {@code report}, {@code list}, {@code baseline}). The
 * mojos only translate parameters: forking the claims JVM ({@link
 * org.bnclaims.plugin.ForkCommand}), collecting its verdicts, the summary table and the gate live
 * in plain classes tested without Maven, and rendering lives in {@code org.bnclaims.report} and
 * {@code org.bnclaims.gate}.
 */
package org.bnclaims.plugin;
