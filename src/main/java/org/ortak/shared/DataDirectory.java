package org.ortak.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Before anything opens the database: the data folder ({@code ortak.data-dir}) and all in
 * it readable only by the user Ortak runs as, 700 for folders and 600 for files. Skipped
 * quietly where the file system has no POSIX permissions.
 */
public class DataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		protect(Path.of(event.getEnvironment().getProperty("ortak.data-dir", "./data")));
	}

	public static void protect(Path folder) {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try {
			Files.createDirectories(folder);
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path : paths.toList()) {
					boolean isFolder = Files.isDirectory(path);
					Files.setPosixFilePermissions(path,
							PosixFilePermissions.fromString(isFolder ? "rwx------" : "rw-------"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not make " + folder + " private to the user Ortak runs as", ex);
		}
	}

}
