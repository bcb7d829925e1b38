/**
 * Audits from files: a mystery-shopping CSV becomes the same audit a JSON post would be, with errors by CSV line; the
 * upload page takes a JSON or CSV file and shows its errors where they were found.
 */
package eu.serviceaudit.advisor.imports;
