package wengao.solr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import wengao.json.JsonWriter;
import wengao.search.UnitDocument;

/**
 * A speech's units as Solr documents. Every document of a speech carries the hash of all of them, so that a later
 * run tells a changed speech from an unchanged one by one stored field: what changed may be the text, but also a
 * theme a corpus-wide stage found, the date, or the layout of the documents (the configset's name is hashed too).
 */
final class SolrDocuments {

    private SolrDocuments() {
    }

    static List<SolrInputDocument> of(List<UnitDocument> units, String date) {
        String hash = hash(units, date);
        List<SolrInputDocument> docs = new ArrayList<>();
        for (UnitDocument u : units) {
            SolrInputDocument d = new SolrInputDocument();
            d.addField(SolrFields.ID, u.speech() + "#" + u.position());
            d.addField(SolrFields.SPEECH, u.speech());
            d.addField(SolrFields.ORDER, u.order());
            d.addField(SolrFields.POSITION, u.position());
            d.addField(SolrFields.TIER, u.tier());
            d.addField(SolrFields.YEAR, u.year());
            d.addField(SolrFields.DATE, date);
            d.addField(SolrFields.TITLE, u.title());
            d.addField(SolrFields.ANCHOR, u.anchor());
            d.addField(SolrFields.PATH, u.path());
            d.addField(SolrFields.TEXT, u.text());
            for (String t : u.themes()) {
                d.addField(SolrFields.THEMES, t);
            }
            d.addField(SolrFields.HASH, hash);
            d.addField(SolrFields.G3, String.join(" ", u.grams()));
            if (!u.words().isEmpty()) {
                d.addField(SolrFields.ZH, preAnalysed(u.words()));
            }
            docs.add(d);
        }
        return docs;
    }

    /** Solr's pre-analysed JSON: each token's text, offsets and position increment, as smartcn gave them here. */
    static String preAnalysed(List<UnitDocument.Word> words) {
        List<Object> tokens = new ArrayList<>();
        for (UnitDocument.Word w : words) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("t", w.term());
            t.put("s", w.start());
            t.put("e", w.end());
            t.put("i", w.increment());
            tokens.add(t);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", "1");
        m.put("tokens", tokens);
        return JsonWriter.compact(m);
    }

    static String hash(List<UnitDocument> units, String date) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, Configset.name());
            update(sha, date);
            for (UnitDocument u : units) {
                update(sha, u.toString());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(b);
    }
}
