/**
 * The Lucene index of the knowledge base: field names, per-language analysis, indexing and searching.
 */
package eu.serviceaudit.advisor.knowledge.search;
