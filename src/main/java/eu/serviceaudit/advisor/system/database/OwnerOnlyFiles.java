package eu.serviceaudit.advisor.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/** Folders {@code rwx------} and files {@code rw-------}: the database, its backups and the credentials are private. */
public final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnlyFiles() {
	}

	/** Creates the folder if needed, then makes it and the files directly in it owner-only (where the file system can). */
	public static void restrict(Path folder) {
		try {
			Files.createDirectories(folder);
			set(folder, FOLDER);
			try (Stream<Path> files = Files.list(folder)) {
				files.filter(Files::isRegularFile).forEach(file -> set(file, FILE));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot restrict the permissions of " + folder, ex);
		}
	}

	public static void restrictFile(Path file) {
		set(file, FILE);
	}

	private static void set(Path path, Set<PosixFilePermission> permissions) {
		try {
			Files.setPosixFilePermissions(path, permissions);
		}
		catch (UnsupportedOperationException notPosix) {
			// a file system without POSIX permissions (Windows): its own ACLs apply
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot set the permissions of " + path, ex);
		}
	}

}
