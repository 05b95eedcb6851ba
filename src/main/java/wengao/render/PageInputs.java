package wengao.render;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Writes out everything a page is made from, as text, so that two builds can tell whether a page would come out the
 * same: strings, numbers and enums as they are, records by their components, lists in order, maps in their order
 * when they have one and by key otherwise (a {@code Map.of} iterates in an order that differs from run to run).
 * Anything else cannot be described faithfully, so it is described by a value no other build shares: a page made
 * from it is always made again, never taken wrongly.
 */
final class PageInputs {

    private static final String UNIQUE = "unique:" + System.nanoTime() + ":" + Math.random();

    /** Each record class's accessors, looked up once (null where one cannot be made accessible). */
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    accessors[i] = components[i].getAccessor();
                    accessors[i].setAccessible(true);
                } catch (RuntimeException e) {
                    accessors[i] = null;
                }
            }
            return accessors;
        }
    };

    private PageInputs() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder(4096);
        write(out, value);
        return out.toString();
    }

    /** For map keys and set members: mostly short, and there are many. */
    private static String ofPart(Object value) {
        StringBuilder out = new StringBuilder(32);
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof CharSequence s) {
            out.append('"').append(s.length()).append(':').append(s).append('"');
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof Enum<?>) {
            out.append(v.getClass().getSimpleName()).append(':').append(v);
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            for (Map.Entry<?, ?> e : ordered(m)) {
                write(out, e.getKey());
                out.append('=');
                write(out, e.getValue());
                out.append(',');
            }
            out.append('}');
        } else if (v instanceof Set<?> s && !(v instanceof java.util.SortedSet<?>) && !(v instanceof java.util.LinkedHashSet<?>)) {
            List<String> parts = new ArrayList<>();
            for (Object o : s) {
                parts.add(ofPart(o));
            }
            parts.sort(null);
            out.append("set").append(parts);
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            for (Object o : c) {
                write(out, o);
                out.append(',');
            }
            out.append(']');
        } else if (v instanceof Record r) {
            out.append(r.getClass().getName()).append('(');
            for (java.lang.reflect.Method accessor : ACCESSORS.get(r.getClass())) {
                try {
                    write(out, accessor == null ? UNIQUE : accessor.invoke(r));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    out.append(UNIQUE);
                }
                out.append(',');
            }
            out.append(')');
        } else {
            out.append(UNIQUE);
        }
    }

    private static Collection<? extends Map.Entry<?, ?>> ordered(Map<?, ?> m) {
        if (m instanceof LinkedHashMap<?, ?> || m instanceof SortedMap<?, ?>) {
            return m.entrySet();
        }
        java.util.TreeMap<String, Map.Entry<?, ?>> byKey = new java.util.TreeMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            byKey.put(ofPart(e.getKey()), e);
        }
        return byKey.values();
    }
}
