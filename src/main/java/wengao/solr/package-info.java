/** SolrCloud beyond one machine: a collection holding the local index's units, searched as the local index is. */
package wengao.solr;
