package org.ortak.organizations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The open-data download streams in constant memory: 100,000 organizations are written
 * straight into a fresh H2 database by the benchmark's generator
 * (bench/generate/Generate.java, run as a child process with this same Java), Ortak
 * starts from the packaged jar with a heap far smaller than those organizations held as
 * entities, and the whole CSV comes down: every row, and Ortak still alive with no
 * OutOfMemoryError in its log. The 1,000,000-row download is measured in bench/.
 */
class OpenDataConstantMemoryIT {

	private static final Path JAR = Path.of("target/ortak-0.1.0-SNAPSHOT.jar");

	private static final int ORGANIZATIONS = 100_000;

	/** Far below the organizations as entities (about 3 KB each, so some 300 MB). */
	private static final String HEAP = "-Xmx128m";

	private static final String REBUILD_HEAP = "-Xmx768m";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void theWholeRegisterDownloadsUnderASmallHeap(@TempDir Path data) throws Exception {
		long started = System.nanoTime();
		String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/db/ortak;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH";
		// the schema as Ortak's own migrations write it, and a country, a province and a
		// district for the organizations to lie in (with regions there, no demo data)
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			UUID turkey = region(connection, 1, null, null, "COUNTRY", "Türkiye", "TR");
			UUID kocaeli = region(connection, 2, 1L, "/" + turkey + "/", "IL", "Kocaeli", "TR-41");
			region(connection, 3, 2L, "/" + turkey + "/" + kocaeli + "/", "ILCE", "İzmit", null);
			connection.createStatement().execute("alter table region alter column id restart with 100");
		}
		generate(data);
		long generated = System.nanoTime();

		// a port of the range this project's benchmarks and tests may use
		int port = 18191;
		Path log = Files.createDirectories(Path.of("target/open-data-it")).resolve(data.getFileName() + ".log");
		// the index is built once with room to work (a rebuild under a small heap only
		// spends its time collecting garbage); the download is what is measured small
		Process builder = ortak(REBUILD_HEAP, port, data, log);
		try {
			ready(builder, port, log);
		}
		finally {
			builder.destroy();
			builder.waitFor(60, TimeUnit.SECONDS);
		}
		long indexed = System.nanoTime();
		Process ortak = ortak(HEAP, port, data, log.resolveSibling(data.getFileName() + "-small.log"));
		log = log.resolveSibling(data.getFileName() + "-small.log");
		try {
			ready(ortak, port, log);
			long ready = System.nanoTime();

			HttpResponse<InputStream> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open-data/organizations.csv"))
					.build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			long records = 0;
			long characters = 0;
			try (BufferedReader csv = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8),
					1 << 16)) {
				// a record ends at a line break outside quotes
				boolean quoted = false;
				for (int c; (c = csv.read()) >= 0;) {
					characters++;
					if (c == '"') {
						quoted = !quoted;
					}
					else if (c == '\n' && !quoted) {
						records++;
					}
				}
			}
			long downloaded = System.nanoTime();
			System.out.printf(
					"OpenDataConstantMemoryIT: %d organizations generated in %.1f s; index rebuilt in %.1f s; Ortak "
							+ "ready under %s in %.1f s; %d records, %.0f MB of CSV in %.1f s%n",
					ORGANIZATIONS, (generated - started) / 1e9, (indexed - generated) / 1e9, HEAP,
					(ready - indexed) / 1e9, records, characters / 1e6, (downloaded - ready) / 1e9);

			assertThat(records).as("the header and every organization generated").isEqualTo(ORGANIZATIONS + 1L);
			assertThat(ortak.isAlive()).as("Ortak is still running").isTrue();
			assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
		}
		finally {
			ortak.destroy();
			ortak.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Process ortak(String heap, int port, Path data, Path log) throws IOException {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-jar",
				JAR.toString(), "--server.port=" + port, "--ortak.data-dir=" + data,
				"--ortak.public-rate-limit.downloads-per-hour=1000", "--logging.level.root=warn")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	private void ready(Process ortak, int port, Path log) {
		await("Ortak ready, its index built (see " + log + ")").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.ignoreException(ConnectException.class)
			.until(() -> {
				assertThat(ortak.isAlive()).as("Ortak is running (see %s)", log).isTrue();
				return get(port, "/actuator/health/readiness").statusCode() == 200;
			});
	}

	/**
	 * The benchmark's generator with this same Java and H2's driver: every organization
	 * listed and not archived, so that each one is a row of the download.
	 */
	private void generate(Path data) throws Exception {
		Path h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", h2.toString(),
						"bench/generate/Generate.java", "--n=" + ORGANIZATIONS, "--h2=" + data, "--description=120",
						"--all-listed"));
		Process generator = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(generator.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(generator.exitValue()).as(output).isZero();
	}

	private static UUID region(Connection connection, long id, Long parent, String parentPath, String level,
			String name, String isoCode) throws Exception {
		UUID publicId = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into region (id, public_id, version, parent_id, level, name, path, iso_code, search_key, "
						+ "created_at, updated_at) values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, id);
			insert.setObject(2, publicId);
			insert.setObject(3, parent);
			insert.setString(4, level);
			insert.setString(5, name);
			insert.setString(6, ((parentPath != null) ? parentPath : "/") + publicId + "/");
			insert.setString(7, isoCode);
			insert.setString(8, name.toLowerCase(java.util.Locale.ROOT));
			insert.setTimestamp(9, Timestamp.from(Instant.now()));
			insert.setTimestamp(10, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
		return publicId;
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
