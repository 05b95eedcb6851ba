package wengao.solr;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * A collection of a SolrCloud, reached over HTTP through any of its nodes ({@code url} is a node's Solr root,
 * {@code http://host:8983/solr}). Any node routes searches to every shard and updates to their leaders, so
 * wengao needs neither ZooKeeper nor the cluster's layout, and the JDK's own HTTP client.
 */
public record SolrTarget(String url, String collection) {

    public SolrTarget {
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        URI u = URI.create(url);
        if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
            throw new IllegalArgumentException("not an http or https URL: " + url);
        }
        if (collection.isEmpty() || !collection.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a collection name (letters, digits, '.', '_', '-'): " + collection);
        }
    }

    /** Basic authentication, {@code user:password}, comes from the environment: never from a flag others can see. */
    static final String AUTH_VARIABLE = "WENGAO_SOLR_AUTH";

    SolrClient client() {
        HttpJdkSolrClient.Builder b = new HttpJdkSolrClient.Builder(url)
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withIdleTimeout(120, TimeUnit.SECONDS)
                // plain HTTP/1.1, which every Solr and proxy speaks: the JDK client's h2c upgrade can stall a GET
                .useHttp1_1(true);
        String auth = System.getenv(AUTH_VARIABLE);
        if (auth != null && auth.contains(":")) {
            b.withOptionalBasicAuthCredentials(auth);
        }
        return b.build();
    }
}
