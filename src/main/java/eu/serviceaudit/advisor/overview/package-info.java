/**
 * The lists people start from: analyses and plans with search, filters, paging and the figures that matter (score,
 * alerts, plan progress), and the archive and delete of analyses. It reads the analysis and plan features and is
 * read by none.
 */
package eu.serviceaudit.advisor.overview;
