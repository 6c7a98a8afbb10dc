package org.bnclaims.data;

import java.net.URI;

/**
 * One downloadable file: where it comes from, the name it is stored under and its pinned SHA-256.
 */
record RemoteFile(String fileName, URI uri, String sha256) {}
