/**
 * The knowledge base: recommendation, exercise and practice articles in five languages, loaded and validated from knowledge-base/.
 */
package eu.serviceaudit.advisor.knowledge;
