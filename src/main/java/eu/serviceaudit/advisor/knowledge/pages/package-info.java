/** The knowledge-base pages: search with facets and highlighted snippets, and printable articles. */
package eu.serviceaudit.advisor.knowledge.pages;
