package org.ortak.durability;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ortak.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing acknowledged is lost when the process dies: Ortak runs as a child process from
 * the packaged jar on a fresh data folder, clients create and rename organizations
 * through the API, the process is killed hard in the middle of it, and after a restart on
 * the same folder every write that was answered 201/200 is stored and found by search
 * under the name it was last given. On H2 (the embedded default) and on PostgreSQL.
 */
class CrashIT {

	private static final String TOKEN = "crash-test-token-0123456789abcdef";

	private static final Path JAR = Path.of("target/ortak-0.1.0-SNAPSHOT.jar");

	private static final int WRITERS = 4;

	private static final Duration WRITING = Duration.ofSeconds(4);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void onH2EveryAcknowledgedWriteSurvivesAKill(@TempDir Path data) throws Exception {
		killedInTheMiddleOfWrites(data, List.of());
	}

	@Test
	@EnabledIf(value = "org.ortak.PostgresDatabase#reachable",
			disabledReason = "PostgreSQL is not reachable at 127.0.0.1:5432")
	void onPostgresEveryAcknowledgedWriteSurvivesAKill(@TempDir Path data) throws Exception {
		String database = PostgresDatabase.NAME + "_crash";
		PostgresDatabase.recreate(database);
		killedInTheMiddleOfWrites(data,
				List.of("--spring.profiles.active=postgres",
						"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
						"--spring.datasource.username=postgres", "--spring.datasource.password="));
	}

	private void killedInTheMiddleOfWrites(Path data, List<String> database) throws Exception {
		int port = freePort();
		Process ortak = start(data, port, database, "first");
		Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
		String region;
		try {
			awaitReady(port, ortak);
			String country = created(port, "/api/v1/regions", "{\"name\":\"Türkiye\",\"code\":\"TR\"}");
			region = created(port, "/api/v1/regions",
					"{\"name\":\"Kocaeli\",\"code\":\"41\",\"parentId\":\"" + country + "\"}");
			write(port, region, acknowledged);
		}
		finally {
			ortak.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(acknowledged).as("creates acknowledged before the kill").isNotEmpty();
		assertThat(acknowledged.values()).as("renames acknowledged before the kill")
			.anyMatch((write) -> write.version() > 0);
		System.out.printf("CrashIT: %d organizations acknowledged (%d of them renamed) before the kill%n",
				acknowledged.size(), acknowledged.values().stream().filter((write) -> write.version() > 0).count());

		int again = freePort();
		Process restarted = start(data, again, database, "restarted");
		try {
			awaitReady(again, restarted);
			for (Acknowledged write : acknowledged.values()) {
				HttpResponse<String> stored = get(again, "/api/v1/organizations/" + write.id());
				assertThat(stored.statusCode()).as("acknowledged %s is stored", write.name()).isEqualTo(200);
				JsonNode organization = this.json.readTree(stored.body());
				long version = organization.get("version").asLong();
				assertThat(version).as("version of %s", write.name()).isGreaterThanOrEqualTo(write.version());
				if (version == write.version()) {
					assertThat(organization.get("name").asString()).isEqualTo(write.name());
				}
			}
			for (Acknowledged write : acknowledged.values()) {
				String name = this.json.readTree(get(again, "/api/v1/organizations/" + write.id()).body())
					.get("name")
					.asString();
				String token = name.substring(name.lastIndexOf(' ') + 1);
				awaitFound(again, token, write.id());
			}
			JsonNode all = this.json.readTree(get(again, "/api/v1/organizations?size=1&region=" + region).body());
			assertThat(all.get("totalElements").asLong()).as("organizations the search finds")
				.isBetween((long) acknowledged.size(), (long) acknowledged.size() + WRITERS);
		}
		finally {
			restarted.destroy();
			restarted.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void onH2AnImportKilledWhileItIsWrittenIsResumedWholeAfterARestart(@TempDir Path data) throws Exception {
		killedInTheMiddleOfAnImport(data, List.of());
	}

	@Test
	@EnabledIf(value = "org.ortak.PostgresDatabase#reachable",
			disabledReason = "PostgreSQL is not reachable at 127.0.0.1:5432")
	void onPostgresAnImportKilledWhileItIsWrittenIsResumedWholeAfterARestart(@TempDir Path data) throws Exception {
		String database = PostgresDatabase.NAME + "_import_crash";
		PostgresDatabase.recreate(database);
		killedInTheMiddleOfAnImport(data,
				List.of("--spring.profiles.active=postgres",
						"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
						"--spring.datasource.username=postgres", "--spring.datasource.password="));
	}

	/**
	 * An import of 40,000 rows is killed while its rows are written (or indexed); after a
	 * restart the job library takes its work up again, from what its state says: the
	 * register then holds every row once, and the search finds them all.
	 */
	private void killedInTheMiddleOfAnImport(Path data, List<String> database) throws Exception {
		List<String> settings = new ArrayList<>(database);
		// a dead node's job is taken over after six missed heartbeats
		settings.addAll(List.of("--ortak.jobs.heartbeat=1s", "--ortak.jobs.polling-interval=250ms"));
		int rows = 40_000;
		int port = freePort();
		Process ortak = start(data, port, settings, "import-first");
		String region;
		String id;
		String seenAtKill;
		try {
			awaitReady(port, ortak);
			String country = created(port, "/api/v1/regions", "{\"name\":\"Polska\",\"code\":\"PL\"}");
			region = created(port, "/api/v1/regions", "{\"name\":\"Kielce\",\"parentId\":\"" + country + "\"}");
			StringBuilder csv = new StringBuilder("Nazwa;Rodzaj;Region;Liczba członków\n");
			for (int i = 0; i < rows; i++) {
				csv.append("Spółdzielnia zw")
					.append(i)
					.append(";Spółdzielnia;")
					.append(region)
					.append(';')
					.append(i % 50)
					.append('\n');
			}
			id = upload(port, csv.toString());
			assertThat(post(port, "/api/v1/imports/" + id + "/dry-run", "").statusCode()).isEqualTo(202);
			awaitImport(port, id, "CHECKED");
			assertThat(post(port, "/api/v1/imports/" + id + "/commit", "{\"allOrNothing\": true}").statusCode())
				.isEqualTo(202);
			seenAtKill = await("the import writing").atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> this.json.readTree(get(port, "/api/v1/imports/" + id).body()).get("state").asString(),
						(state) -> state.equals("COMMITTING") || state.equals("INDEXING") || state.equals("DONE"));
		}
		finally {
			ortak.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		System.out.printf("CrashIT: the import was %s when killed%n", seenAtKill);
		int again = freePort();
		Process restarted = start(data, again, settings, "import-restarted");
		try {
			awaitReady(again, restarted);
			JsonNode done = awaitImport(again, id, "DONE");
			assertThat(done.get("counts").get("created").asInt()).isEqualTo(rows);
			await("the search finds every imported row").atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> this.json.readTree(get(again, "/api/v1/organizations?size=1&region=" + region).body())
					.get("totalElements")
					.asLong(), (total) -> total == rows);
			assertThat(this.json.readTree(get(again, "/api/v1/organizations?size=1&q=zw39999").body())
				.get("totalElements")
				.asLong()).isEqualTo(1);
		}
		finally {
			restarted.destroy();
			restarted.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private String upload(int port, String csv) throws Exception {
		String boundary = "ortak" + System.nanoTime();
		byte[] head = ("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rejestr.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(head);
		body.write(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.write(tail);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(port, "/api/v1/imports"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body()).get("id").asString();
	}

	private JsonNode awaitImport(int port, String id, String state) {
		return await("the import " + state).atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.json.readTree(get(port, "/api/v1/imports/" + id).body()), (node) -> {
				assertThat(node.get("state").asString()).as(node.toString()).isNotIn("FAILED", "CANCELLED");
				return node.get("state").asString().equals(state);
			});
	}

	/** Writers create and rename organizations until the process is killed under them. */
	private void write(int port, String region, Map<String, Acknowledged> acknowledged) throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		AtomicInteger renames = new AtomicInteger();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.submit(() -> {
				List<Acknowledged> mine = new ArrayList<>();
				for (int n = 0; !killed.get(); n++) {
					try {
						String name = "Kooperatif kw" + writer + "x" + n;
						HttpResponse<String> response = post(port, "/api/v1/organizations", body(name, region, null));
						if (response.statusCode() == 201) {
							JsonNode created = this.json.readTree(response.body());
							Acknowledged write = new Acknowledged(created.get("id").asString(), name,
									created.get("version").asLong());
							acknowledged.put(write.id(), write);
							mine.add(write);
						}
						if (n % 2 == 1 && !mine.isEmpty()) {
							Acknowledged before = mine.get(n % mine.size());
							String renamed = "Kooperatif yeni" + writer + "x" + n;
							HttpResponse<String> updated = send(HttpRequest
								.newBuilder(uri(port, "/api/v1/organizations/" + before.id()))
								.PUT(HttpRequest.BodyPublishers.ofString(body(renamed, region, before.version()))));
							if (updated.statusCode() == 200) {
								Acknowledged write = new Acknowledged(before.id(), renamed,
										this.json.readTree(updated.body()).get("version").asLong());
								acknowledged.put(write.id(), write);
								mine.set(mine.indexOf(before), write);
								renames.incrementAndGet();
							}
						}
					}
					catch (IOException ex) {
						// the process is gone: what was not answered was not acknowledged
						return null;
					}
				}
				return null;
			});
		}
		// write for a while, and until every writer could have renamed something
		await().pollDelay(WRITING).atMost(WRITING.plusMinutes(2)).until(() -> renames.get() >= WRITERS);
		killed.set(true);
		writers.shutdown();
	}

	private String body(String name, String region, Long version) {
		return "{\"name\":\"" + name + "\",\"kind\":\"COOPERATIVE\",\"regionId\":\"" + region
				+ "\",\"membersTotal\":20,\"membersWomen\":20" + ((version != null) ? ",\"version\":" + version : "")
				+ "}";
	}

	private Process start(Path data, int port, List<String> database, String log) throws IOException {
		assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").exists();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--server.port=" + port, "--ortak.data-dir=" + data,
				"--ortak.demo-data=false", "--ortak.admin-api-token=" + TOKEN, "--logging.level.root=warn"));
		command.addAll(database);
		Path output = Files.createDirectories(Path.of("target/crash-it"))
			.resolve(data.getFileName() + "-" + log + ".log");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
	}

	private void awaitReady(int port, Process ortak) {
		await("Ortak ready (see target/crash-it)").atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(250))
			.ignoreException(ConnectException.class)
			.until(() -> {
				assertThat(ortak.isAlive()).as("Ortak is running (see target/crash-it)").isTrue();
				HttpResponse<String> register = get(port, "/api/v1/organizations");
				boolean ready = get(port, "/actuator/health/readiness").statusCode() == 200;
				// before its start-up work is done Ortak refuses, never answers
				// half-loaded
				assertThat(register.statusCode()).as(register.body()).isIn(503, ready ? 200 : 503);
				return ready;
			});
	}

	/** Indexing is asynchronous: the search catches up shortly after the restart. */
	private void awaitFound(int port, String word, String id) {
		await("search finds " + word + " as " + id).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.json.readTree(get(port, "/api/v1/organizations?q=" + word).body()).get("items"),
					(items) -> items.valueStream().anyMatch((item) -> item.get("id").asString().equals(id)));
	}

	private String created(int port, String path, String body) throws Exception {
		HttpResponse<String> response = post(port, path, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body()).get("id").asString();
	}

	private HttpResponse<String> post(int port, String path, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(port, path)).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(port, path)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private record Acknowledged(String id, String name, long version) {
	}

}
