package org.bnclaims.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a spec back from its canonical JSON: a component absent from the text takes its value from
 * the record type's canonical default instance, exactly the rule {@link CanonicalJson} omits it by,
 * so {@code read(CanonicalJson.of(s))} equals {@code s} and hashes alike.
 *
 * <p>This lets a spec travel as its canonical text (to a Spark worker) and be checked there: the
 * reader re-renders what it built and fails unless the text comes out unchanged, so a worker whose
 * code reads a spec differently (another version of bn-core) cannot compute the wrong run.
 */
public final class CanonicalJsonReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CanonicalJsonReader() {}

  /**
   * The spec of {@code type} that renders as {@code json}.
   *
   * @throws IllegalArgumentException when the text is not the canonical JSON of such a spec
   */
  public static <T extends Record> T read(String json, Class<T> type) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    T spec = type.cast(record(node, type, type.getSimpleName(), SpecDefaults.REGISTRY));
    String again = CanonicalJson.of(spec);
    if (!again.equals(json)) {
      throw new IllegalArgumentException(
          "not the canonical JSON of a " + type.getSimpleName() + ": read back as " + again);
    }
    return spec;
  }

  private static Record record(
      JsonNode node,
      Class<?> type,
      String path,
      Map<Class<? extends Record>, Map<String, Object>> defaults) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + ": expected an object, got " + node);
    }
    Map<String, Object> def = defaults.get(type);
    if (def == null) {
      throw new IllegalArgumentException(path + ": no canonical default for " + type.getName());
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      JsonNode v = node.get(c.getName());
      if (v == null && !def.containsKey(c.getName())) {
        throw new IllegalArgumentException(path + ": missing component '" + c.getName() + "'");
      }
      args[i] =
          v == null
              ? def.get(c.getName())
              : value(v, c.getType(), c.getGenericType(), path + "." + c.getName(), defaults);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      boolean known = false;
      for (RecordComponent c : components) {
        known |= c.getName().equals(name);
      }
      if (!known) {
        throw new IllegalArgumentException(path + ": unknown component '" + name + "'");
      }
    }
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      ctor.trySetAccessible();
      return (Record) ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(path + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(path + ": cannot construct " + type.getName(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(
      JsonNode v,
      Class<?> type,
      Type generic,
      String path,
      Map<Class<? extends Record>, Map<String, Object>> defaults) {
    if (type.isRecord()) {
      return record(v, type, path, defaults);
    }
    if (type.isEnum()) {
      String t = text(v, path);
      for (Object constant : type.getEnumConstants()) {
        if (constant instanceof Keyed k ? k.key().equals(t) : ((Enum) constant).name().equals(t)) {
          return constant;
        }
      }
      throw new IllegalArgumentException(path + ": '" + t + "' is not a " + type.getSimpleName());
    }
    if (type == List.class) {
      if (!v.isArray() || !(generic instanceof ParameterizedType p)) {
        throw new IllegalArgumentException(path + ": expected an array, got " + v);
      }
      Type element = p.getActualTypeArguments()[0];
      Class<?> raw =
          element instanceof ParameterizedType ep ? (Class<?>) ep.getRawType() : (Class<?>) element;
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        out.add(value(v.get(i), raw, element, path + "[" + i + "]", defaults));
      }
      return List.copyOf(out);
    }
    if (type == String.class) {
      return text(v, path);
    }
    if (type == boolean.class || type == Boolean.class) {
      require(v.isBoolean(), v, path, "a boolean");
      return v.booleanValue();
    }
    if (type == int.class || type == Integer.class) {
      require(v.isInt(), v, path, "an int");
      return v.intValue();
    }
    if (type == long.class || type == Long.class) {
      require(v.isIntegralNumber() && v.canConvertToLong(), v, path, "a long");
      return v.longValue();
    }
    if (type == double.class || type == Double.class) {
      require(v.isNumber(), v, path, "a number");
      return Double.parseDouble(v.asText());
    }
    throw new IllegalArgumentException(path + ": unsupported component type " + type.getName());
  }

  private static String text(JsonNode v, String path) {
    require(v.isTextual(), v, path, "a string");
    return v.textValue();
  }

  private static void require(boolean ok, JsonNode v, String path, String what) {
    if (!ok) {
      throw new IllegalArgumentException(path + ": expected " + what + ", got " + v);
    }
  }
}
