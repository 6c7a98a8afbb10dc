package org.bnclaims.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Downloads one file into a temporary file beside its destination, checks its SHA-256 and only then
 * renames it into place atomically, so no reader ever sees a partial or unverified file.
 */
final class Downloader {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Downloader() {}

  /**
   * Fetches {@code file} into {@code dir/file.fileName()}.
   *
   * @throws IOException on a network error or a non-200 status (nothing is left behind)
   * @throws BadDataException when the bytes do not match the pinned SHA-256 (nothing is left)
   */
  static Path download(RemoteFile file, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(file.fileName());
    Path tmp = Files.createTempFile(dir, "." + file.fileName() + ".", ".part");
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(TIMEOUT)
              .build();
      HttpRequest request = HttpRequest.newBuilder(file.uri()).GET().build();
      HttpResponse<InputStream> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while downloading " + file.uri(), e);
      }
      MessageDigest sha = sha256();
      try (InputStream in = response.body();
          OutputStream out = Files.newOutputStream(tmp)) {
        if (response.statusCode() != 200) {
          throw new IOException("HTTP status " + response.statusCode() + " from " + file.uri());
        }
        byte[] buf = new byte[1 << 16];
        for (int r; (r = in.read(buf)) >= 0; ) {
          sha.update(buf, 0, r);
          out.write(buf, 0, r);
        }
      }
      String got = HexFormat.of().formatHex(sha.digest());
      if (!got.equalsIgnoreCase(file.sha256())) {
        throw new BadDataException(
            file.uri(),
            "checksum mismatch: SHA-256 "
                + got
                + ", expected "
                + file.sha256()
                + "; the download was discarded");
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without SHA-256", e);
    }
  }
}
