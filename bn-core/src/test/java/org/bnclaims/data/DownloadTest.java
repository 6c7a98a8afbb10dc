package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download path against a local HTTP server on 127.0.0.1, never the internet. */
class DownloadTest {
  @TempDir Path tmp;
  private HttpServer server;
  private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          byte[] body = files.get(ex.getRequestURI().getPath());
          if (body == null) {
            ex.sendResponseHeaders(500, -1);
          } else {
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
          }
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static String sha(byte[] b) {
    return HexFormat.of().formatHex(Downloader.sha256().digest(b));
  }

  @Test
  void goodFileIsVerifiedAndRenamedIntoPlace() throws Exception {
    byte[] body = "hello dataset".getBytes();
    files.put("/a.bin", body);
    Path got = Downloader.download(new RemoteFile("a.bin", uri("/a.bin"), sha(body)), tmp);
    assertEquals(tmp.resolve("a.bin"), got);
    assertArrayEquals(body, Files.readAllBytes(got));
    assertEquals(List.of(tmp, got), TestFiles.listRecursively(tmp));
  }

  @Test
  void checksumMismatchLeavesNoFile() throws Exception {
    files.put("/a.bin", "tampered".getBytes());
    RemoteFile f = new RemoteFile("a.bin", uri("/a.bin"), sha("original".getBytes()));
    BadDataException e = assertThrows(BadDataException.class, () -> Downloader.download(f, tmp));
    assertTrue(
        e.getMessage()
            .startsWith(
                f.uri()
                    + ": checksum mismatch: SHA-256 "
                    + sha("tampered".getBytes())
                    + ", expected "
                    + f.sha256()),
        e.getMessage());
    assertEquals(List.of(tmp), TestFiles.listRecursively(tmp));
  }

  @Test
  void serverErrorLeavesNoFile() throws Exception {
    RemoteFile f = new RemoteFile("a.bin", uri("/missing.bin"), sha(new byte[0]));
    java.io.IOException e =
        assertThrows(java.io.IOException.class, () -> Downloader.download(f, tmp));
    assertTrue(e.getMessage().contains("HTTP status 500"), e.getMessage());
    assertEquals(List.of(tmp), TestFiles.listRecursively(tmp));
  }

  @Test
  void resolverDownloadsMissingDatasetIntoCacheWhenOnline() throws Exception {
    Path src = tmp.resolve("src");
    TestFiles.writeMnist(src, 10, 10, true);
    List<RemoteFile> remote = new java.util.ArrayList<>();
    for (String base : DatasetKind.MNIST.required) {
      byte[] b = Files.readAllBytes(src.resolve(base + ".gz"));
      files.put("/" + base + ".gz", b);
      remote.add(new RemoteFile(base + ".gz", uri("/" + base + ".gz"), sha(b)));
    }
    Path cache = tmp.resolve("cache");
    DataConfig online = new DataConfig(null, cache, List.of(), false);
    DataOutcome o = Resolver.resolve(DatasetKind.MNIST, online, remote, 0);
    assertEquals(10, CifarAndArchiveTest.available(o).train().size());
    assertTrue(Files.isRegularFile(cache.resolve("mnist/t10k-labels-idx1-ubyte.gz")));

    DataConfig offline = new DataConfig(null, tmp.resolve("cache2"), List.of(), true);
    DataOutcome refused = Resolver.resolve(DatasetKind.MNIST, offline, remote, 0);
    assertTrue(((DataOutcome.Unavailable) refused).message().contains("download refused"));
    assertFalse(Files.exists(tmp.resolve("cache2/mnist")));
  }

  @Test
  void resolverReportsServerErrorAsUnavailableWithoutPartialFiles() throws Exception {
    byte[] good = "x".getBytes();
    files.put("/train-images-idx3-ubyte.gz", good);
    List<RemoteFile> remote =
        List.of(
            new RemoteFile(
                "train-images-idx3-ubyte.gz", uri("/train-images-idx3-ubyte.gz"), sha(good)),
            new RemoteFile("train-labels-idx1-ubyte.gz", uri("/gone"), sha(good)));
    Path cache = tmp.resolve("cache");
    DataOutcome o =
        Resolver.resolve(
            DatasetKind.MNIST, new DataConfig(null, cache, List.of(), false), remote, 0);
    String m = assertInstanceOf(DataOutcome.Unavailable.class, o).message();
    assertTrue(m.contains("download failed: HTTP status 500"), m);
    // the verified first file stays; nothing partial of the second one
    assertEquals(
        List.of(cache.resolve("mnist"), cache.resolve("mnist/train-images-idx3-ubyte.gz")),
        TestFiles.listRecursively(cache.resolve("mnist")));
  }

  @Test
  void downloadedArchiveIsExtracted() throws Exception {
    byte[] tgz = TestFiles.tarGz(TestFiles.cifar10Entries(2));
    files.put("/c.tgz", tgz);
    List<RemoteFile> remote =
        List.of(new RemoteFile("cifar-10-binary.tar.gz", uri("/c.tgz"), sha(tgz)));
    Path cache = tmp.resolve("cache");
    DataOutcome o =
        Resolver.resolve(
            DatasetKind.CIFAR10, new DataConfig(null, cache, List.of(), false), remote, 0);
    assertEquals(10, CifarAndArchiveTest.available(o).train().size());
    assertTrue(Files.isRegularFile(cache.resolve("cifar10/cifar-10-batches-bin/data_batch_5.bin")));
  }
}
