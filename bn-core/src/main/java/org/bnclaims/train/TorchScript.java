package org.bnclaims.train;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Compiles TorchScript source into a module that the PyTorch engine runs, without Python: the
 * archive {@code torch.jit.save} writes (a zip of the pickled module object, its code, an empty
 * constants table and a format version) is written here, and libtorch compiles the code when it
 * loads it.
 *
 * <p>Why: DJL exposes no ATen op that updates a list of tensors at once, and its own optimizer ops
 * make about six passes over each weight (cloning the gradient, adding a zero weight decay). ATen's
 * fused optimizer kernels ({@code _fused_sgd_}, {@code _fused_adam_}) do one pass over all
 * parameters, but are reachable only through TorchScript.
 */
final class TorchScript {

  /** The module's class name in the archive ({@code __torch__.<NAME>}). */
  static final String CLASS = "Module0";

  /** File format version 3: what PyTorch 1.13 writes; libtorch 2.7 reads it. */
  private static final String VERSION = "3\n";

  private TorchScript() {}

  /**
   * Loads {@code methods} (TorchScript method definitions, each indented by two spaces and taking
   * {@code self: __torch__.Module0} first) as the methods of a module without parameters.
   */
  static PtSymbolBlock load(NDManager manager, String methods) {
    String code =
        "class "
            + CLASS
            + "(Module):\n"
            + "  __parameters__ = []\n"
            + "  __buffers__ = []\n"
            + "  training : bool\n"
            + methods;
    try {
      return JniUtils.loadModule(
          (PtNDManager) manager, new ByteArrayInputStream(archive(code)), false, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load TorchScript module", e);
    }
  }

  /** The archive of a module whose only attribute is {@code training = True}. */
  static byte[] archive(String code) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "m/data.pkl", dataPickle());
      put(zip, "m/code/__torch__.py", code.getBytes(StandardCharsets.UTF_8));
      put(zip, "m/constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'}); // an empty tuple
      put(zip, "m/version", VERSION.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /**
   * Pickle protocol 2: {@code __torch__.Module0} built with the state {@code {'training': True}}
   * (GLOBAL, EMPTY_TUPLE, NEWOBJ, EMPTY_DICT, MARK, key, TRUE, SETITEMS, BUILD, STOP).
   */
  private static byte[] dataPickle() {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.write(0x80);
    p.write(2);
    p.writeBytes(("c__torch__\n" + CLASS + "\n").getBytes(StandardCharsets.US_ASCII));
    p.writeBytes(new byte[] {')', (byte) 0x81, '}', '(', 'X', 8, 0, 0, 0});
    p.writeBytes("training".getBytes(StandardCharsets.US_ASCII));
    p.writeBytes(new byte[] {(byte) 0x88, 'u', 'b', '.'});
    return p.toByteArray();
  }

  /** An uncompressed entry, as PyTorch's own writer stores them. */
  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(bytes.length);
    e.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    e.setCrc(crc.getValue());
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }
}
