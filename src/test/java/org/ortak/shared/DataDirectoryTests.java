package org.ortak.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The data folder is readable only by the user Ortak runs as.
 */
class DataDirectoryTests {

	@TempDir
	Path temp;

	@Test
	void foldersBecome700AndFiles600() throws Exception {
		assumeTrue(this.temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
		Path data = this.temp.resolve("data");
		Files.createDirectories(data.resolve("db"));
		Path file = Files.writeString(data.resolve("db/ortak.mv.db"), "x");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		Path missing = this.temp.resolve("new-data");

		DataDirectory.protect(data);
		DataDirectory.protect(missing);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("db"))))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(missing))).isEqualTo("rwx------");
	}

}
