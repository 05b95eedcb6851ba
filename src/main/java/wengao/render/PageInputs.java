package wengao.render;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import wengao.text.Fingerprint;

/**
 * Describes everything a page is made from, so that two builds can tell whether a page would come out the same:
 * strings, numbers and enums as they are, records by their components, lists in order, maps in their order when
 * they have one and by key otherwise (a {@code Map.of} iterates in an order that differs from run to run). Anything
 * else cannot be described faithfully, so it is described by a value no other build shares: a page made from it is
 * always made again, never taken wrongly.
 *
 * <p>The description is not written out as text: it is fed as it is walked into a fingerprint, which is what the
 * build keeps of it anyway. Every value starts with a tag and every string and container with its length, so two
 * values have one fingerprint only when their descriptions are equal (or by an accident of odds 2^-128).
 */
final class PageInputs {

    private static final String UNIQUE = "unique:" + System.nanoTime() + ":" + Math.random();

    /*
     * Tags are whole numbers of eight bytes, with a length or size in their low half where one follows: a tag of one
     * byte would leave every text after it off the fingerprint's two-byte grain, which then takes its characters a
     * byte at a time instead of eight at once.
     */
    private static final long NULL = 0;
    private static final long TEXT = 1;
    private static final long NUMBER = 2;
    private static final long OTHER_NUMBER = 3;
    private static final long ENUM = 4;
    private static final long MAP = 5;
    private static final long SET = 6;
    private static final long LIST = 7;
    private static final long RECORD = 8;
    private static final long UNKNOWN = 9;
    private static final long DIGEST = 10;

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

    /** A class by its name, in eight bytes: a record or number is told from another of the same contents by it. */
    private static final ClassValue<Long> NAMES = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            return Long.parseUnsignedLong(Fingerprint.of(type.getName()).substring(0, 16), 16);
        }
    };

    /** The names of the classes descriptions hold by the hundred thousand, looked up once. */
    private static final long INTEGER = NAMES.get(Integer.class);
    private static final long DOUBLE = NAMES.get(Double.class);
    private static final long MENTION = NAMES.get(wengao.model.Mention.class);
    private static final long OCCURRENCE = NAMES.get(wengao.model.PassageOccurrence.class);
    private static final long RELATED = NAMES.get(wengao.model.Related.class);
    private static final long CO_OCCURRENCE = NAMES.get(wengao.model.CoOccurrence.class);
    private static final long MARKER = NAMES.get(SeeAlso.Marker.class);

    private PageInputs() {
    }

    /** The fingerprint of {@code value}'s description, 32 hexadecimal digits. */
    static String of(Object value) {
        Fingerprint f = new Fingerprint();
        write(f, value);
        return f.hex();
    }

    /** For map keys and set members: mostly short, and there are many. */
    private static String ofPart(Object value) {
        Fingerprint f = new Fingerprint();
        write(f, value);
        return f.hex();
    }

    /**
     * A value already described ({@code digest}, from {@link #of}) that stands in a larger description: what many
     * descriptions share is described once.
     */
    record Digest(String hex) {
    }

    private static void write(Fingerprint f, Object v) {
        if (v == null) {
            f.add(NULL);
        } else if (v instanceof CharSequence s) {
            tagged(f, TEXT, s);
        } else if (v instanceof Digest d) {
            tagged(f, DIGEST, d.hex());
        } else if (v instanceof Integer i) {
            integer(f, i);
        } else if (v instanceof Long || v instanceof Short || v instanceof Byte) {
            f.add(NUMBER).add(NAMES.get(v.getClass())).add(((Number) v).longValue());
        } else if (v instanceof Double d) {
            real(f, d);
        } else if (v instanceof Boolean b) {
            f.add(NUMBER).add(NAMES.get(Boolean.class)).add(b ? 1 : 0);
        } else if (v instanceof Character c) {
            f.add(NUMBER).add(NAMES.get(Character.class)).add(c.charValue());
        } else if (v instanceof Number || v instanceof Enum<?>) {
            f.add(v instanceof Enum<?> ? ENUM : OTHER_NUMBER).add(NAMES.get(v.getClass()));
            text(f, v.toString());
        } else if (v instanceof Map<?, ?> m) {
            f.add(sized(MAP, m.size()));
            // Then how the entries are ordered: as the map iterates, by their text keys, or by their keys' digests.
            if (m instanceof LinkedHashMap<?, ?> || m instanceof SortedMap<?, ?>) {
                f.add(LIST);
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    write(f, e.getKey());
                    write(f, e.getValue());
                }
            } else if (m.keySet().stream().allMatch(String.class::isInstance)) {
                f.add(TEXT);
                new java.util.TreeMap<>(m).forEach((key, value) -> {
                    write(f, key);
                    write(f, value);
                });
            } else {
                f.add(DIGEST);
                java.util.TreeMap<String, Object> byKey = new java.util.TreeMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    byKey.put(ofPart(e.getKey()), e.getValue());
                }
                byKey.forEach((key, value) -> {
                    text(f, key);
                    write(f, value);
                });
            }
        } else if (v instanceof Set<?> s && !(v instanceof java.util.SortedSet<?>) && !(v instanceof java.util.LinkedHashSet<?>)) {
            List<String> parts = new ArrayList<>(s.size());
            for (Object o : s) {
                parts.add(ofPart(o));
            }
            parts.sort(null);
            f.add(sized(SET, parts.size()));
            parts.forEach(p -> text(f, p));
        } else if (v instanceof Collection<?> c) {
            f.add(sized(LIST, c.size()));
            for (Object o : c) {
                write(f, o);
            }
        } else if (v instanceof Record r) {
            if (!described(f, r)) {
                reflectively(f, r);
            }
        } else {
            tagged(f, UNKNOWN, UNIQUE);
        }
    }

    /** A record by its components, each looked up by reflection. */
    private static void reflectively(Fingerprint f, Record r) {
        java.lang.reflect.Method[] accessors = ACCESSORS.get(r.getClass());
        f.add(sized(RECORD, accessors.length)).add(NAMES.get(r.getClass()));
        for (java.lang.reflect.Method accessor : accessors) {
            Object component;
            try {
                component = accessor == null ? UNIQUE : accessor.invoke(r);
            } catch (ReflectiveOperationException | RuntimeException e) {
                component = UNIQUE;
            }
            write(f, component);
        }
    }

    /** The description {@link #reflectively} gives, for tests to hold the records written by hand to it. */
    static String ofReflectively(Record r) {
        Fingerprint f = new Fingerprint();
        reflectively(f, r);
        return f.hex();
    }

    /**
     * The records that descriptions hold by the hundred thousand (mentions, passage occurrences, related speeches),
     * written by hand: the same description as {@link #reflectively}, byte for byte (PageInputsTest holds them to
     * it), at a fraction of the cost of reflection in the build's JVM. False for any other record.
     */
    private static boolean described(Fingerprint f, Record r) {
        if (r instanceof wengao.model.Mention m) {
            header(f, MENTION, 8);
            write(f, m.theme());
            write(f, m.speech());
            integer(f, m.unit());
            write(f, m.anchor());
            integer(f, m.start());
            integer(f, m.end());
            write(f, m.text());
            real(f, m.position());
        } else if (r instanceof wengao.model.PassageOccurrence o) {
            header(f, OCCURRENCE, 6);
            write(f, o.speech());
            integer(f, o.unit());
            write(f, o.anchor());
            integer(f, o.start());
            integer(f, o.end());
            write(f, o.text());
        } else if (r instanceof wengao.model.Related related) {
            header(f, RELATED, 4);
            write(f, related.url());
            write(f, related.title());
            real(f, related.score());
            write(f, related.because());
        } else if (r instanceof SeeAlso.Marker m) {
            header(f, MARKER, 5);
            write(f, m.anchor());
            integer(f, m.count());
            write(f, m.refs());
            integer(f, m.more());
            write(f, m.main());
        } else if (r instanceof wengao.model.CoOccurrence c) {
            header(f, CO_OCCURRENCE, 3);
            write(f, c.theme());
            integer(f, c.paragraphs());
            integer(f, c.speeches());
        } else {
            return false;
        }
        return true;
    }

    private static void header(Fingerprint f, long name, int components) {
        f.add(sized(RECORD, components)).add(name);
    }

    private static void integer(Fingerprint f, int value) {
        f.add(NUMBER).add(INTEGER).add(value);
    }

    private static void real(Fingerprint f, double value) {
        f.add(NUMBER).add(DOUBLE).add(Double.doubleToRawLongBits(value));
    }

    private static Fingerprint text(Fingerprint f, CharSequence s) {
        return f.add(s.length()).add(s);
    }

    /** A tag and the text after it: the length in the tag's number. */
    private static void tagged(Fingerprint f, long tag, CharSequence s) {
        f.add(sized(tag, s.length())).add(s);
    }

    /** A tag and the size of what follows, in one number. */
    private static long sized(long tag, int size) {
        return tag << 32 | (size & 0xffffffffL);
    }
}
