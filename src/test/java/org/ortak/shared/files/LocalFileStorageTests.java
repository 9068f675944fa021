package org.ortak.shared.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files kept in a local folder: what was put comes back whole, replaced or removed for
 * good, and no key leads anywhere but below the folder.
 */
class LocalFileStorageTests {

	@TempDir
	Path temp;

	private Path root;

	private LocalFileStorage storage;

	@BeforeEach
	void storage() {
		this.root = this.temp.resolve("data/files");
		this.storage = new LocalFileStorage(this.root);
	}

	@Test
	void whatIsPutComesBackUnderItsKey() throws Exception {
		byte[] photo = "the cooperative's garden".getBytes(StandardCharsets.UTF_8);

		this.storage.put("photos/2026/12/garden.jpg", photo);

		assertThat(this.storage.read("photos/2026/12/garden.jpg")).contains(photo);
		Optional<InputStream> opened = this.storage.open("photos/2026/12/garden.jpg");
		assertThat(opened).isPresent();
		try (InputStream content = opened.get()) {
			assertThat(content.readAllBytes()).isEqualTo(photo);
		}
		assertThat(this.root.resolve("photos/2026/12/garden.jpg")).hasBinaryContent(photo);
	}

	@Test
	void aKeyNothingWasPutUnderIsEmpty() {
		assertThat(this.storage.read("photos/2026/12/none.jpg")).isEmpty();
		assertThat(this.storage.open("photos/2026/12/none.jpg")).isEmpty();
		this.storage.put("photos/2026/12/one.jpg", new byte[] { 1 });
		assertThat(this.storage.read("photos/2026/12")).as("a folder is no file").isEmpty();
	}

	@Test
	void aSecondPutReplacesTheFirstWhollyAndLeavesNothingBeside() throws Exception {
		this.storage.put("logos/kartepe.png", "a longer first version".getBytes(StandardCharsets.UTF_8));

		this.storage.put("logos/kartepe.png", "second".getBytes(StandardCharsets.UTF_8));

		assertThat(this.storage.read("logos/kartepe.png")).hasValueSatisfying(
				(content) -> assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("second"));
		try (Stream<Path> files = Files.list(this.root.resolve("logos"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("kartepe.png");
		}
	}

	@Test
	void anEmptyFileIsKeptAsEmpty() {
		this.storage.put("attachments/empty.txt", new byte[0]);

		assertThat(this.storage.read("attachments/empty.txt"))
			.hasValueSatisfying((content) -> assertThat(content).isEmpty());
	}

	@Test
	void aDeletedFileIsGoneAndDeletingAgainIsNoError() {
		this.storage.put("photos/2026/12/old.jpg", new byte[] { 1, 2, 3 });

		this.storage.delete("photos/2026/12/old.jpg");
		this.storage.delete("photos/2026/12/old.jpg");
		this.storage.delete("photos/1999/01/never.jpg");

		assertThat(this.storage.read("photos/2026/12/old.jpg")).isEmpty();
		assertThat(this.root.resolve("photos/2026/12/old.jpg")).doesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/etc/passwd", "../outside.jpg", "photos/../../outside.jpg", "photos/a..jpg",
			"photos//a.jpg", "photos/", "photos/.hidden", ".hidden", "Photos/A.jpg", "photos/a b.jpg", "photos\\a.jpg",
			"photos/ä.jpg", "photos/a.jpg\u0000", "c:/windows/a.jpg" })
	void keysOrtakDoesNotMakeAreRefused(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.storage.put(key, new byte[] { 1 }));
		assertThatIllegalArgumentException().isThrownBy(() -> this.storage.open(key));
		assertThatIllegalArgumentException().isThrownBy(() -> this.storage.read(key));
		assertThatIllegalArgumentException().isThrownBy(() -> this.storage.delete(key));
		assertThat(this.temp.resolve("outside.jpg")).doesNotExist();
		assertThat(this.temp.resolve("data/outside.jpg")).doesNotExist();
	}

	@Test
	void keysAreAtMost200Characters() {
		String longest = "photos/" + "a".repeat(FileStorage.MAX_KEY_LENGTH - 7);

		this.storage.put(longest, new byte[] { 1 });

		assertThat(this.storage.read(longest)).isPresent();
		assertThatIllegalArgumentException().isThrownBy(() -> this.storage.put(longest + "a", new byte[] { 1 }));
		assertThatIllegalArgumentException().isThrownBy(() -> FileStorage.checkedKey(null));
	}

	@Test
	void filesAndFoldersArePrivateToTheUserOrtakRunsAs() throws Exception {
		assumeTrue(this.temp.getFileSystem().supportedFileAttributeViews().contains("posix"));

		this.storage.put("photos/2026/12/private.jpg", new byte[] { 1 });

		for (String folder : new String[] { "data", "data/files", "data/files/photos", "data/files/photos/2026",
				"data/files/photos/2026/12" }) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.temp.resolve(folder))))
				.as(folder)
				.isEqualTo("rwx------");
		}
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(this.root.resolve("photos/2026/12/private.jpg"))))
			.isEqualTo("rw-------");
	}

	@Test
	void newKeysNameTheMonthInUtcAndARandomName() {
		Clock newYearInIstanbul = Clock.fixed(Instant.parse("2026-12-31T22:30:00Z"), ZoneId.of("Europe/Istanbul"));

		String key = FileStorage.newKey("photos", "jpg", newYearInIstanbul);

		assertThat(key).matches("photos/2026/12/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\\.jpg");
		assertThat(FileStorage.newKey("photos", "jpg", newYearInIstanbul)).isNotEqualTo(key);
		assertThat(FileStorage.checkedKey(FileStorage.newKey("event-photos", "png"))).startsWith("event-photos/");
		assertThatIllegalArgumentException().isThrownBy(() -> FileStorage.newKey("../photos", "jpg"));
	}

}
