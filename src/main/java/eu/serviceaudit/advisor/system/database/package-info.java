/**
 * The database as operations see it: online backups of the embedded H2 file, a health check that uses it for real,
 * and a data folder readable by its owner only.
 */
@NamedInterface("database")
package eu.serviceaudit.advisor.system.database;

import org.springframework.modulith.NamedInterface;
