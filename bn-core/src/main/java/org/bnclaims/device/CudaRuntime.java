package org.bnclaims.device;

import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CUDA runtime and cuDNN libraries that PyTorch's CUDA build loaded, called through JNA (which
 * DJL's API brings): the device count, a device's name, and the two versions provenance records.
 *
 * <p>PyTorch's CUDA builds bundle {@code libcudart-<hash>.so.12} and {@code libcudnn.so.9} in the
 * libtorch directory ({@link LibUtils#getLibtorchPath()}); a system CUDA toolkit's {@code cudart}
 * is the fallback. A CPU build (no {@code libtorch_cuda.so}) has no runtime, whatever the machine
 * has installed. Every call is best effort: a failing call reads as no device, or {@code unknown},
 * never as an exception.
 */
final class CudaRuntime {

  /** Larger than any {@code cudaDeviceProp} so far (about 1 KB); the name is its first field. */
  private static final int DEVICE_PROP_BYTES = 8192;

  private static final int NAME_BYTES = 256;
  private static final int CUDNN_9 = 90000;

  private static volatile Optional<CudaRuntime> instance;

  private final NativeLibrary cudart;
  private final NativeLibrary cudnn;

  private CudaRuntime(NativeLibrary cudart, NativeLibrary cudnn) {
    this.cudart = cudart;
    this.cudnn = cudnn;
  }

  /** The runtime PyTorch loaded, if any; call after the engine loaded. */
  static Optional<CudaRuntime> get() {
    Optional<CudaRuntime> rt = instance;
    if (rt == null) {
      synchronized (CudaRuntime.class) {
        rt = instance;
        if (rt == null) {
          rt = load();
          instance = rt;
        }
      }
    }
    return rt;
  }

  private static Optional<CudaRuntime> load() {
    Path dir;
    try {
      dir = Path.of(LibUtils.getLibtorchPath());
    } catch (RuntimeException | LinkageError e) {
      dir = null;
    }
    if (dir == null || !Files.exists(dir.resolve("libtorch_cuda.so"))) {
      return Optional.empty(); // a CPU build of PyTorch cannot use a GPU, whatever is installed
    }
    NativeLibrary cudart = open(dir, "libcudart", "cudart");
    if (cudart == null) {
      return Optional.empty();
    }
    return Optional.of(new CudaRuntime(cudart, open(dir, "libcudnn", "cudnn")));
  }

  /** The library whose file starts with {@code prefix} in {@code dir}, else {@code name}. */
  private static NativeLibrary open(Path dir, String prefix, String name) {
    if (dir != null && Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        Optional<Path> lib =
            files
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .filter(p -> p.getFileName().toString().contains(".so"))
                .min(Comparator.comparing(p -> p.getFileName().toString().length()));
        if (lib.isPresent()) {
          return NativeLibrary.getInstance(lib.get().toAbsolutePath().toString());
        }
      } catch (IOException | RuntimeException | LinkageError e) {
        // fall back to the system library
      }
    }
    try {
      return NativeLibrary.getInstance(name);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  int deviceCount() {
    int[] count = new int[1];
    return call(cudart, "cudaGetDeviceCount", count) == 0 ? count[0] : 0;
  }

  /** The device's name (e.g. {@code NVIDIA A100-SXM4-40GB}), or {@code unknown}. */
  String deviceName(int device) {
    byte[] prop = new byte[DEVICE_PROP_BYTES];
    // CUDA 12 headers map cudaGetDeviceProperties to the _v2 symbol; older runtimes lack it.
    int rc = call(cudart, "cudaGetDeviceProperties_v2", prop, device);
    if (rc != 0) {
      rc = call(cudart, "cudaGetDeviceProperties", prop, device);
    }
    if (rc != 0) {
      return "unknown";
    }
    int end = 0;
    while (end < NAME_BYTES && prop[end] != 0) {
      end++;
    }
    return end == 0 ? "unknown" : new String(prop, 0, end, StandardCharsets.UTF_8);
  }

  /** The runtime's version as {@code major.minor}, or {@code unknown}. */
  String runtimeVersion() {
    int[] v = new int[1];
    if (call(cudart, "cudaRuntimeGetVersion", v) != 0 || v[0] <= 0) {
      return "unknown";
    }
    return (v[0] / 1000) + "." + (v[0] % 1000) / 10;
  }

  /** cuDNN's version as {@code major.minor.patch}, or {@code unknown}. */
  String cudnnVersion() {
    if (cudnn == null) {
      return "unknown";
    }
    long v;
    try {
      v = cudnn.getFunction("cudnnGetVersion").invokeLong(new Object[0]);
    } catch (RuntimeException | LinkageError e) {
      return "unknown";
    }
    return formatCudnn(v);
  }

  /**
   * cuDNN 9 encodes {@code major*10000 + minor*100 + patch}, older ones {@code major*1000 + ...}.
   */
  static String formatCudnn(long v) {
    if (v <= 0) {
      return "unknown";
    }
    long major = v >= CUDNN_9 ? v / 10000 : v / 1000;
    long minor = v >= CUDNN_9 ? (v % 10000) / 100 : (v % 1000) / 100;
    return major + "." + minor + "." + (v % 100);
  }

  private static int call(NativeLibrary lib, String function, Object... args) {
    try {
      Function f = lib.getFunction(function);
      return f.invokeInt(args);
    } catch (RuntimeException | LinkageError e) {
      return -1;
    }
  }
}
