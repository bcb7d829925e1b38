/** Spreadsheet imports: a mystery-shopping CSV becomes the same audit a JSON post would be, with errors by CSV line. */
package eu.serviceaudit.advisor.imports;
