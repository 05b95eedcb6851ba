package wengao.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.ContentStreamBase;
import wengao.model.Speech;
import wengao.model.ThemeMap;
import wengao.search.UnitDocument;
import wengao.search.UnitDocuments;

/**
 * {@code wengao index --solr}: makes a collection hold exactly the units of the corpus. The configset is uploaded
 * and the collection created when missing; then only speeches whose hash differs from the stored one are sent
 * (their old units deleted first, as a speech may have lost some), and speeches no longer in the corpus deleted.
 */
public final class SolrIndexer {

    /** Documents per update request: large enough to keep requests few, small enough for any node's limits. */
    private static final int BATCH = 500;

    /** What a run did. */
    public record Report(String configset, boolean created, int sent, int deleted, int unchanged, int units) {
    }

    private SolrIndexer() {
    }

    public static Report index(SolrTarget target, List<Speech> speeches, ThemeMap themes, int shards, int replicas)
            throws IOException {
        Map<String, List<UnitDocument>> units = UnitDocuments.bySpeech(speeches, themes);
        Map<String, String> dates = new HashMap<>();
        for (Speech s : speeches) {
            dates.put(s.slug(), s.date() == null ? "" : s.date().display());
        }
        try (SolrClient client = target.client()) {
            String configset = Configset.name();
            boolean created = ensureCollection(client, target.collection(), configset, shards, replicas);
            Map<String, String> stored = storedHashes(client, target.collection());
            List<String> stale = new ArrayList<>();
            List<SolrInputDocument> batch = new ArrayList<>();
            int sent = 0;
            int unchanged = 0;
            int total = 0;
            for (Map.Entry<String, List<UnitDocument>> e : units.entrySet()) {
                String slug = e.getKey();
                List<SolrInputDocument> docs = SolrDocuments.of(e.getValue(), dates.get(slug));
                total += docs.size();
                String hash = (String) docs.get(0).getFieldValue(SolrFields.HASH);
                String old = stored.remove(slug);
                if (hash.equals(old)) {
                    unchanged++;
                    continue;
                }
                if (old != null) {
                    stale.add(slug);
                }
                sent++;
                batch.addAll(docs);
                if (batch.size() >= BATCH) {
                    flush(client, target.collection(), stale, batch);
                }
            }
            flush(client, target.collection(), stale, batch);
            int deleted = stored.size();
            flush(client, target.collection(), new ArrayList<>(new TreeSet<>(stored.keySet())), batch);
            client.commit(target.collection(), true, true);
            return new Report(configset, created, sent, deleted, unchanged, total);
        } catch (SolrServerException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Deletes the speeches' old units, then adds the new ones: a changed speech never keeps a unit it lost. */
    private static void flush(SolrClient client, String collection, List<String> deleteSpeeches,
                              List<SolrInputDocument> add) throws SolrServerException, IOException {
        if (!deleteSpeeches.isEmpty()) {
            UpdateRequest delete = new UpdateRequest();
            for (int from = 0; from < deleteSpeeches.size(); from += BATCH) {
                List<String> part = deleteSpeeches.subList(from, Math.min(deleteSpeeches.size(), from + BATCH));
                delete.deleteByQuery("{!terms f=" + SolrFields.SPEECH + " separator=\"\\n\"}" + String.join("\n", part));
            }
            delete.process(client, collection);
            deleteSpeeches.clear();
        }
        if (!add.isEmpty()) {
            client.add(collection, add);
            add.clear();
        }
    }

    /** Each stored speech with its hash, read from its title unit (position 0), which every speech has. */
    private static Map<String, String> storedHashes(SolrClient client, String collection)
            throws SolrServerException, IOException {
        Map<String, String> out = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(SolrFields.POSITION + ":0");
        q.setFields(SolrFields.SPEECH, SolrFields.HASH);
        q.setRows(1000);
        q.setSort(SolrFields.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = client.query(collection, q, SolrRequest.METHOD.POST);
            for (SolrDocument d : r.getResults()) {
                out.put((String) d.getFieldValue(SolrFields.SPEECH), (String) d.getFieldValue(SolrFields.HASH));
            }
            if (cursor.equals(r.getNextCursorMark())) {
                return out;
            }
            cursor = r.getNextCursorMark();
        }
    }

    private static boolean ensureCollection(SolrClient client, String collection, String configset, int shards,
                                            int replicas) throws SolrServerException, IOException {
        if (CollectionAdminRequest.listCollections(client).contains(collection)) {
            return false;
        }
        ConfigSetAdminResponse.List sets = new ConfigSetAdminRequest.List().process(client);
        if (!sets.getConfigSets().contains(configset)) {
            new ConfigSetAdminRequest.Upload()
                    .setConfigSetName(configset)
                    .setUploadStream(new ContentStreamBase.ByteArrayStream(Configset.zip(), configset + ".zip",
                            "application/octet-stream"))
                    .process(client);
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, configset, shards, replicas);
        create.setWaitForFinalState(true);
        create.process(client);
        return true;
    }
}
