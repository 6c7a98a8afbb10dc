package org.bnclaims.verdict;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a null entry in the lists, arrays and maps of a verdict, such as {@code "tests": [null]}.
 * Only a number may be null there (it reads as NaN: a diverged run's metric); any other null entry
 * would fail later, in the renderer, without naming the file or the field. A null component (a
 * missing field) is left to the reader of that field.
 */
final class NullEntries {

  private NullEntries() {}

  /** The path of the first null entry of {@code value}, e.g. {@code charts[1].series[0]}. */
  static Optional<String> find(Record value) {
    return walk(value, value.getClass(), "");
  }

  private static Optional<String> walk(Object value, Type type, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        String at = path.isEmpty() ? c.getName() : path + "." + c.getName();
        Optional<String> found = walk(read(c, r), c.getGenericType(), at);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof List<?> list) {
      Type element = argument(type, 0);
      for (int i = 0; i < list.size(); i++) {
        Optional<String> found = entry(list.get(i), element, path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      Type element = argument(type, 1);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Optional<String> found = entry(e.getValue(), element, path + "['" + e.getKey() + "']");
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
      Class<?> element = value.getClass().getComponentType();
      for (int i = 0; i < Array.getLength(value); i++) {
        Optional<String> found = entry(Array.get(value, i), element, path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> entry(Object value, Type type, String path) {
    if (value == null) {
      return type == Double.class ? Optional.empty() : Optional.of(path);
    }
    return walk(value, type, path);
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + r.getClass().getName() + "." + c, e);
    }
  }
}
