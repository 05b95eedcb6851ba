package wengao.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The configset of a wengao collection (resources {@code wengao/solr/configset/}). Its name carries a hash of its
 * files, so a wengao with another schema uploads a configset of its own and never changes one in use.
 */
final class Configset {

    static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

    private Configset() {
    }

    static byte[] file(String name) {
        try (InputStream in = Configset.class.getResourceAsStream("/wengao/solr/configset/" + name)) {
            if (in == null) {
                throw new IllegalStateException("configset file missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update(file(f));
            }
            return "wengao-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files as the configset API takes them: a zip, with fixed times so that the bytes never vary. */
    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : FILES) {
                ZipEntry e = new ZipEntry(f);
                e.setTime(0);
                zip.putNextEntry(e);
                zip.write(file(f));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
