package eu.serviceaudit.advisor.system.database;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.system.AdvisorProperties;

/**
 * Once the app has started (the H2 files and the credentials file exist), makes the data folder, the files in it and
 * the backups readable by the owner only: H2 creates its files with the process umask. The folder itself is already
 * created owner-only before H2 opens it ({@code DataFolderEnvironment}).
 */
@Component
class DataFolderPermissions {

	private final AdvisorProperties properties;

	private final DatabaseBackups backups;

	private final JdbcClient jdbc;

	DataFolderPermissions(AdvisorProperties properties, DatabaseBackups backups, JdbcClient jdbc) {
		this.properties = properties;
		this.backups = backups;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void restrict() {
		OwnerOnlyFiles.restrict(properties.dataDir());
		OwnerOnlyFiles.restrict(backups.folder());
		if (backups.supported()) {
			// the folder H2 really uses, even when a datasource URL points elsewhere than the data folder
			Path database = Path.of(jdbc.sql("SELECT DATABASE_PATH()").query(String.class).single());
			OwnerOnlyFiles.restrict(database.toAbsolutePath().getParent());
		}
	}

}
